using SchemaGen.Generator.Naming;
using Xunit;

namespace SchemaGen.Tests.Naming;

public sealed class PostgresTypeNameTests
{
    [Theory]
    [InlineData("timestamp", "timestamp", "", "")]
    [InlineData("  TIMESTAMP(3)  Without   Time Zone ", "timestamp without time zone", "(3)", "")]
    [InlineData("timestamp ( 6 ) without time zone", "timestamp without time zone", "(6)", "")]
    [InlineData("pg_catalog.timestamp", "timestamp", "", "")]
    [InlineData("Character Varying(200)", "character varying", "(200)", "")]
    [InlineData("numeric(12, 2)", "numeric", "(12,2)", "")]
    [InlineData("varchar(20)[]", "varchar", "(20)", "[]")]
    [InlineData("json[][]", "json", "", "[][]")]
    [InlineData("text ARRAY", "text", "", "[]")]
    [InlineData("int[3]", "int", "", "[]")]
    [InlineData("\"timestamp\"", "timestamp", "", "")]
    [InlineData("", "", "", "")]
    [InlineData("(", "(", "", "")]
    public void Takes_a_type_name_apart(string text, string name, string modifier, string array)
    {
        var type = PostgresTypeName.Parse(text);
        Assert.Equal(name, type.Name);
        Assert.Equal(modifier, type.Modifier);
        Assert.Equal(array, type.ArraySuffix);
    }

    [Fact]
    public void Keeps_modifier_and_array_dimensions_on_another_name()
    {
        Assert.Equal("timestamptz(3)[]", PostgresTypeName.Parse("timestamp(3) without time zone[]").WithName("timestamptz", keepModifier: true));
        Assert.Equal("text[]", PostgresTypeName.Parse("varchar(20)[]").WithName("text", keepModifier: false));
        Assert.Equal(20, PostgresTypeName.Parse("varchar(20)").SingleIntegerModifier);
        Assert.Null(PostgresTypeName.Parse("numeric(12,2)").SingleIntegerModifier);
    }
}
