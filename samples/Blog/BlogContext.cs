using Blog.Models;
using Microsoft.EntityFrameworkCore;

namespace Blog;

public sealed class BlogContext(DbContextOptions<BlogContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Post> Posts => Set<Post>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplySchemaGenConfigurations();
}
