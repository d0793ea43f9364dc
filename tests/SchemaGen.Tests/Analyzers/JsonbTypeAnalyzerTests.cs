using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.JsonbTypeAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class JsonbTypeAnalyzerTests
{
    [Theory]
    [InlineData("int")]
    [InlineData("decimal?")]
    [InlineData("bool")]
    [InlineData("DateTime")]
    [InlineData("DateTimeOffset")]
    [InlineData("DateOnly")]
    [InlineData("TimeSpan")]
    [InlineData("Guid")]
    [InlineData("Mood")]
    [InlineData("byte[]")]
    [InlineData("uint")]
    [InlineData("char")]
    public Task Scalar_marked_Jsonb_is_flagged_on_the_property(string type) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        public enum Mood { Happy, Sad }

        [Entity]
        public class Profile
        {
            public Guid Id { get; set; }

            [Field(Jsonb = true)]
            public {{type}} {|#0:Settings|} { get; set; } = default!;
        }
        """,
        Verify.Diagnostic(Descriptors.JsonbNotJson).WithLocation(0).WithArguments("profile", "settings", type));

    [Theory]
    [InlineData("string")]
    [InlineData("System.Text.Json.JsonDocument")]
    [InlineData("System.Text.Json.JsonElement")]
    [InlineData("Dictionary<string, object>")]
    [InlineData("List<string>")]
    [InlineData("string[]")]
    [InlineData("Preferences")]
    [InlineData("Point")]
    public Task JSON_documents_are_fine(string type) => Verify.VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        public sealed class Preferences
        {
            public string Theme { get; set; } = "dark";
        }

        public record struct Point(double X, double Y);

        [Entity]
        public class Profile
        {
            public Guid Id { get; set; }

            [Field(Jsonb = true)]
            public {{type}} Settings { get; set; } = default!;
        }
        """);

    [Fact]
    public Task Scalars_without_Jsonb_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Profile
        {
            public Guid Id { get; set; }

            [Field(Jsonb = false)]
            public int Settings { get; set; }

            public DateTime Seen { get; set; }
        }
        """);
}
