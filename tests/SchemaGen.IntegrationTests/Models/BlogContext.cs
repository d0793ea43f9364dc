using Blog.Models;
using Microsoft.EntityFrameworkCore;

namespace SchemaGen.IntegrationTests.Models;

/// <summary>The sample's model (samples/Blog/Models), with the save interceptors of <c>UseSchemaGen()</c>.</summary>
public sealed class BlogContext(DbContextOptions<BlogContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Order> Orders => Set<Order>();

    public static BlogContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<BlogContext>().UseNpgsql(connectionString).UseSchemaGen().Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new UserSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new PostSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new TeamSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new RoleSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new UserRoleLinkSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new CategorySchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new OrderSchemaGenConfiguration());
    }
}
