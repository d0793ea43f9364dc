using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.NullableBooleanAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class NullableBooleanAnalyzerTests
{
    [Fact]
    public Task Nullable_bool_columns_are_flagged_on_the_property() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Subscriber
        {
            public Guid Id { get; set; }

            public bool? {|#0:Confirmed|} { get; set; }

            [Field(Name = "opted_in")]
            public Nullable<bool> {|#1:Marketing|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.NullableBoolean).WithLocation(0).WithArguments("subscriber", "confirmed"),
        Verify.Diagnostic(Descriptors.NullableBoolean).WithLocation(1).WithArguments("subscriber", "opted_in"));

    [Fact]
    public Task Plain_bool_and_unmapped_or_computed_nullable_bools_are_fine() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Subscriber
        {
            public Guid Id { get; set; }

            public bool Confirmed { get; set; }

            [NotMapped]
            public bool? Answer { get; set; }

            public bool? HasAnswer => Answer;

            public DateTime? ConfirmedAt { get; set; }
        }
        """);

    [Fact]
    public Task Collections_of_nullable_bools_stored_as_json_are_fine() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        [Entity]
        public class Survey
        {
            public Guid Id { get; set; }

            [Field(Jsonb = true)]
            public List<bool?> Answers { get; set; } = new();
        }
        """);
}
