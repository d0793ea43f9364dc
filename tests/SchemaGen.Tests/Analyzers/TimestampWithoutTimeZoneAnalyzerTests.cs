using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.TimestampWithoutTimeZoneAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class TimestampWithoutTimeZoneAnalyzerTests
{
    [Fact]
    public Task Timestamp_column_types_are_flagged_on_the_property() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Meeting
        {
            public Guid Id { get; set; }

            [Field(ColumnType = "timestamp")]
            public DateTime {|#0:StartsAt|} { get; set; }

            [Column(TypeName = "TIMESTAMP(3)  Without Time Zone")]
            public DateTime {|#1:EndsAt|} { get; set; }

            [Field(Name = "held_on", ColumnType = "timestamp without time zone[]")]
            public DateTime[] {|#2:Sessions|} { get; set; } = Array.Empty<DateTime>();
        }
        """,
        Verify.Diagnostic(Descriptors.TimestampWithoutTimeZone).WithLocation(0).WithArguments("meeting", "starts_at", "timestamp", "timestamptz"),
        Verify.Diagnostic(Descriptors.TimestampWithoutTimeZone).WithLocation(1).WithArguments("meeting", "ends_at", "TIMESTAMP(3)  Without Time Zone", "timestamptz(3)"),
        Verify.Diagnostic(Descriptors.TimestampWithoutTimeZone).WithLocation(2).WithArguments("meeting", "held_on", "timestamp without time zone[]", "timestamptz[]"));

    [Theory]
    [InlineData("timestamptz")]
    [InlineData("timestamp with time zone")]
    [InlineData("TIMESTAMPTZ(3)")]
    [InlineData("time")]
    [InlineData("date")]
    public Task Types_with_a_time_zone_or_without_a_date_and_time_are_fine(string columnType) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        public class Meeting
        {
            public Guid Id { get; set; }

            [Field(ColumnType = "{{columnType}}")]
            public DateTime StartsAt { get; set; }
        }
        """);

    [Fact]
    public Task Unmapped_properties_and_classes_that_are_no_entity_are_not_judged() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Meeting
        {
            public Guid Id { get; set; }

            [NotMapped]
            [Column(TypeName = "timestamp")]
            public DateTime Cached { get; set; }

            public DateTime StartsAt { get; set; }
        }

        public class Report
        {
            [Field(ColumnType = "timestamp")]
            public DateTime CreatedAt { get; set; }
        }
        """);

    [Fact]
    public Task A_shared_base_class_column_is_reported_once() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class Audited
        {
            [Field(ColumnType = "timestamp")]
            public DateTime {|#0:CreatedAt|} { get; set; }
        }

        [Entity]
        public class Meeting : Audited
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Room : Audited
        {
            public Guid Id { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.TimestampWithoutTimeZone).WithLocation(0).WithArguments("meeting", "created_at", "timestamp", "timestamptz"));
}
