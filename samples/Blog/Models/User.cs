using System;
using System.Collections.Generic;
using SchemaGen;

namespace Blog.Models;

[Entity]
public class User
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    [Field(Unique = true, Index = true)]
    public string Email { get; set; } = "";

    [Field(Index = true)]
    public string Name { get; set; } = "";

    [Relationship(BackPopulates = nameof(Post.Author))]
    public List<Post> Posts { get; set; } = new();
}
