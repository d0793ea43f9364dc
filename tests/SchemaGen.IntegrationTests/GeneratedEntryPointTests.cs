using Microsoft.EntityFrameworkCore;
using SchemaGen.IntegrationTests.Models.UserPost;
using Xunit;

namespace SchemaGen.IntegrationTests;

/// <summary>The generated <c>ApplySchemaGenConfigurations()</c> entry point, as a consumer calls it.</summary>
public sealed class GeneratedEntryPointTests
{
    [Fact]
    public void ApplySchemaGenConfigurations_applies_user_and_post()
    {
        // Building the model needs no server: the connection string is never opened.
        var options = new DbContextOptionsBuilder<AllEntitiesContext>().UseNpgsql("Host=unused.invalid;Database=unused").Options;
        using var context = new AllEntitiesContext(options);

        var user = context.Model.FindEntityType(typeof(User));
        var post = context.Model.FindEntityType(typeof(Post));

        Assert.NotNull(user);
        Assert.Equal("user", user.GetTableName());
        Assert.NotNull(post);
        Assert.Equal("post", post.GetTableName());
    }

    /// <summary>Every entity of the assembly, through the generated entry point.</summary>
    private sealed class AllEntitiesContext(DbContextOptions<AllEntitiesContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplySchemaGenConfigurations();
    }
}
