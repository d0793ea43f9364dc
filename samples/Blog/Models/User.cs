using System;
using System.Collections.Generic;
using SchemaGen;

namespace Blog.Models;

[Entity]
[SoftDelete]
[TableIndex("ix_user_team_email", nameof(TeamId), nameof(Email), Unique = true, Where = "deleted_at IS NULL")]
public class User : TimestampMixin
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    [Field(Unique = true, Index = true)]
    public string Email { get; set; } = "";

    [Field(Index = true)]
    public string Name { get; set; } = "";

    [Field(ForeignKey = "team.id", Index = true, OnDelete = OnDelete.SetNull)]
    public long? TeamId { get; set; }

    [Relationship(BackPopulates = nameof(Models.Team.Members))]
    public Team? Team { get; set; }

    [Field(Jsonb = true)]
    public Dictionary<string, object?> Metadata { get; set; } = new();

    public DateTimeOffset? DeletedAt { get; set; }

    [Relationship(BackPopulates = nameof(Post.Author))]
    public List<Post> Posts { get; set; } = new();

    [Relationship(BackPopulates = nameof(Role.Users), LinkModel = typeof(UserRoleLink))]
    public List<Role> Roles { get; set; } = new();
}
