using Microsoft.EntityFrameworkCore;

namespace SchemaGen.IntegrationTests.Models.UserPost;

/// <summary>
/// A context over the User/Post model only. <c>ApplySchemaGenConfigurations()</c> would apply every entity of
/// this test assembly (other models live beside this one), so the generated configurations are applied one by one.
/// </summary>
public sealed class UserPostContext(DbContextOptions<UserPostContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Post> Posts => Set<Post>();

    /// <summary>A context on the database behind <paramref name="connectionString"/>.</summary>
    public static UserPostContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<UserPostContext>().UseNpgsql(connectionString).Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new UserSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new PostSchemaGenConfiguration());
    }
}
