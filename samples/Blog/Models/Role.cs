using System;
using System.Collections.Generic;
using SchemaGen;

namespace Blog.Models;

[Entity]
public class Role : TimestampMixin
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    [Field(Unique = true)]
    public string Name { get; set; } = "";

    [Relationship(BackPopulates = nameof(User.Roles), LinkModel = typeof(UserRoleLink))]
    public List<User> Users { get; set; } = new();
}

/// <summary>The many-to-many link: a composite key, and a foreign key to each side.</summary>
[Entity]
public class UserRoleLink
{
    [Field(ForeignKey = "user.id", PrimaryKey = true)]
    public Guid UserId { get; set; }

    [Field(ForeignKey = "role.id", PrimaryKey = true, Index = true)]
    public Guid RoleId { get; set; }
}
