using System;
using SchemaGen;

namespace Blog.Models;

[Entity]
public class Post
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
