using System;
using System.Collections.Generic;
using SchemaGen;

namespace Blog.Models;

/// <summary>A self-referencing tree.</summary>
[Entity]
public class Category : TimestampMixin
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    [Field(Unique = true)]
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    [Field(ForeignKey = "category.id", Index = true)]
    public Guid? ParentId { get; set; }

    [Relationship(BackPopulates = nameof(Children))]
    public Category? Parent { get; set; }

    [Relationship(BackPopulates = nameof(Parent))]
    public List<Category> Children { get; set; } = new();
}
