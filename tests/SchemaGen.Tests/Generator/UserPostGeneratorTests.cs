using SchemaGen.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Tests.Generator;

public sealed class UserPostGeneratorTests
{
    [Fact]
    public void Generates_one_configuration_per_entity_and_the_entry_point()
    {
        var result = GeneratorHarness.Run(Models.UserPost);

        Assert.Equal(
            new[] { "Blog.Models.Post.g.cs", "Blog.Models.User.g.cs", "SchemaGen.Erd.g.cs", "SchemaGen.ModelBuilderExtensions.g.cs", "SchemaGen.Runtime.g.cs" },
            result.Files.Keys);
        foreach (var (hint, text) in result.Files)
        {
            Snapshot.Verify(text, hint);
        }
    }

    [Fact]
    public void Foreign_key_form_does_not_matter()
    {
        var database = GeneratorHarness.Run(Models.UserPost).File("Blog.Models.Post.g.cs");
        var csharp = GeneratorHarness.Run(Models.UserPost.Replace("ForeignKey = \"user.id\"", "ForeignKey = nameof(User) + \".\" + nameof(User.Id)")).File("Blog.Models.Post.g.cs");

        Assert.Equal(database, csharp);
        Assert.Contains(".HasConstraintName(\"fk_post_user_author_id\")", csharp);
    }

    [Fact]
    public void Unique_and_index_on_one_field_make_one_unique_index()
    {
        var user = GeneratorHarness.Run(Models.UserPost).File("Blog.Models.User.g.cs");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(user, "HasIndex\\(new string\\[\\] \\{ \"Email\" \\}"));
        Assert.Contains("builder.HasIndex(new string[] { \"Email\" }, \"ix_user_email\").HasDatabaseName(\"ix_user_email\").IsUnique();", user);
    }

    [Fact]
    public void Unresolved_foreign_key_is_skipped_and_the_rest_still_compiles()
    {
        var result = GeneratorHarness.Run(Models.UserPost.Replace("\"user.id\"", "\"usr.id\""));

        var post = result.File("Blog.Models.Post.g.cs");
        Assert.DoesNotContain("HasOne", post);
        Assert.Contains("builder.HasIndex(new string[] { \"AuthorId\" }, \"ix_post_author_id\")", post);
    }

    [Fact]
    public void Entity_without_key_still_generates_code_that_compiles()
    {
        var result = GeneratorHarness.Run("""
            using SchemaGen;
            namespace Shop;
            [Entity]
            public class Thing
            {
                public string Label { get; set; } = "";
            }
            """);

        Assert.DoesNotContain("HasKey", result.File("Shop.Thing.g.cs"));
    }
}
