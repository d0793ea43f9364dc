using System;
using System.Collections.Generic;
using SchemaGen;

namespace Blog.Models;

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

    [Field(ForeignKey = nameof(Models.Category) + "." + nameof(Models.Category.Id), Index = true)]
    public Guid? CategoryId { get; set; }

    public Category? Category { get; set; }

    [Field(Jsonb = true)]
    public List<string> Tags { get; set; } = new();
}
