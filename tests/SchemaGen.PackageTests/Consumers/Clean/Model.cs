using Microsoft.EntityFrameworkCore;
using SchemaGen;

namespace Clean;

/// <summary>The seed's TimestampMixin: every table gets created_at and updated_at.</summary>
public abstract class TimestampMixin
{
    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

[Entity]
public class User : TimestampMixin
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    [Field(Unique = true, Index = true)]
    public string Email { get; set; } = "";

    [Field(Index = true)]
    public string Name { get; set; } = "";

    [Relationship(BackPopulates = nameof(Post.Author))]
    public List<Post> Posts { get; set; } = [];
}

[Entity]
public class Post : TimestampMixin
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    [Field(Index = true)]
    public string Title { get; set; } = "";

    [Field(ForeignKey = "user.id", Index = true)]
    public Guid AuthorId { get; set; }

    [Relationship(BackPopulates = nameof(User.Posts))]
    public User? Author { get; set; }
}

public sealed class BlogContext(DbContextOptions<BlogContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Post> Posts => Set<Post>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplySchemaGenConfigurations();
}
