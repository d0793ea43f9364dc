using System;
using System.Collections.Generic;
using SchemaGen;

namespace SchemaGen.IntegrationTests.Models.UserPost;

// The seed guide's User/Post pair (../shared/seed/postgres-schema-design.md), without the timestamp mixin.

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
