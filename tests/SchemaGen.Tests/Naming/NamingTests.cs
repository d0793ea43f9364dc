using System.Linq;
using System.Text;
using SchemaGen.Generator.Naming;
using Xunit;

namespace SchemaGen.Tests.Naming;

public sealed class NamingTests
{
    [Theory]
    [InlineData("UserAccount", "user_account")]
    [InlineData("User", "user")]
    [InlineData("AuthorId", "author_id")]
    [InlineData("HTMLParser", "html_parser")]
    [InlineData("IPAddress", "ip_address")]
    [InlineData("Address1", "address1")]
    [InlineData("Line1Text", "line1text")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("PK_post", "pk_post")]
    [InlineData("FK_post_user_author_id", "fk_post_user_author_id")]
    [InlineData("IX_UserAccounts_Email", "ix_user_accounts_email")]
    public void Snake_case_breaks_words_like_EFCore_NamingConventions(string name, string expected)
        => Assert.Equal(expected, SnakeCase.Convert(name));

    [Fact]
    public void Constraint_names_follow_EF_Core_defaults_in_snake_case()
    {
        Assert.Equal("pk_post", Identifiers.PrimaryKey("post", NamingStyle.SnakeCase));
        Assert.Equal("fk_post_user_author_id", Identifiers.ForeignKey("post", "user", new[] { "author_id" }, NamingStyle.SnakeCase));
        Assert.Equal("ix_post_author_id", Identifiers.Index("post", new[] { "author_id" }, NamingStyle.SnakeCase));
        Assert.Equal("ck_order_status", Identifiers.Check("order", "status", NamingStyle.SnakeCase));
    }

    [Fact]
    public void Constraint_names_are_EF_Core_defaults_without_naming()
    {
        Assert.Equal("PK_Post", Identifiers.PrimaryKey("Post", NamingStyle.None));
        Assert.Equal("FK_Post_User_AuthorId", Identifiers.ForeignKey("Post", "User", new[] { "AuthorId" }, NamingStyle.None));
        Assert.Equal("IX_Post_AuthorId", Identifiers.Index("Post", new[] { "AuthorId" }, NamingStyle.None));
    }

    [Fact]
    public void Long_names_sharing_a_63_byte_prefix_are_shortened_apart_and_deterministically()
    {
        var prefix = new string('a', 70);
        var first = Identifiers.Shorten(prefix + "_first");
        var second = Identifiers.Shorten(prefix + "_second");

        Assert.NotEqual(first, second);
        Assert.Equal(first, Identifiers.Shorten(prefix + "_first"));
        Assert.All(new[] { first, second }, name => Assert.True(Encoding.UTF8.GetByteCount(name) <= Identifiers.MaxBytes, name));
        Assert.Matches("^a+_[0-9a-f]{8}$", first);
    }

    [Fact]
    public void Shortening_counts_bytes_and_never_splits_a_character()
    {
        var name = string.Concat(Enumerable.Repeat("ü", 40));
        var shortened = Identifiers.Shorten(name);

        Assert.True(Encoding.UTF8.GetByteCount(shortened) <= Identifiers.MaxBytes);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(shortened)));
        Assert.Equal("ü", shortened.Substring(0, 1));
    }

    [Fact]
    public void Names_within_the_limit_are_untouched()
        => Assert.Equal(new string('x', 63), Identifiers.Shorten(new string('x', 63)));
}
