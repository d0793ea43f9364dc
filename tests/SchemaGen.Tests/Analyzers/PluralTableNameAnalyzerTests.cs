using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.PluralTableNameAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class PluralTableNameAnalyzerTests
{
    [Theory]
    [InlineData("Users", "users", "user", "User")]
    [InlineData("Categories", "categories", "category", "Category")]
    [InlineData("People", "people", "person", "Person")]
    [InlineData("Statuses", "statuses", "status", "Status")]
    [InlineData("UserAccounts", "user_accounts", "user_account", "UserAccount")]
    public Task Plural_class_name_is_flagged(string className, string table, string singularTable, string singularClass) => Verify.VerifyAsync($$"""
        using SchemaGen;

        [Entity]
        public class {|#0:{{className}}|}
        {
            public System.Guid Id { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(0).WithArguments(
            table,
            singularTable,
            $"Rename the class to '{singularClass}', or set [Entity(Name = \"{singularTable}\")]."));

    [Fact]
    public Task Plural_explicit_name_is_flagged() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity(Name = "categories")]
        public class {|#0:Category|}
        {
            public System.Guid Id { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(0).WithArguments("categories", "category", "Set [Entity(Name = \"category\")]."));

    [Theory]
    [InlineData("Address")]
    [InlineData("Status")]
    [InlineData("News")]
    [InlineData("Data")]
    [InlineData("SensorData")]
    [InlineData("Series")]
    [InlineData("User")]
    [InlineData("Person")]
    public Task Singular_and_uncountable_names_are_fine(string className) => Verify.VerifyAsync($$"""
        using SchemaGen;

        [Entity]
        public class {{className}}
        {
            public System.Guid Id { get; set; }
        }
        """);

    [Fact]
    public Task Singular_explicit_name_on_a_plural_class_is_fine() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity(Name = "user")]
        public class Users
        {
            public System.Guid Id { get; set; }
        }
        """);
}
