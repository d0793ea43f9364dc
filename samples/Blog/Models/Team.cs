using System.Collections.Generic;
using SchemaGen;

namespace Blog.Models;

[Entity(Comment = "A group of users.")]
public class Team : TimestampMixin
{
    [Field(PrimaryKey = true)]
    public long Id { get; set; }

    [Field(Unique = true, MaxLength = 100)]
    public string Name { get; set; } = "";

    [Relationship(BackPopulates = nameof(User.Team))]
    public List<User> Members { get; set; } = new();
}
