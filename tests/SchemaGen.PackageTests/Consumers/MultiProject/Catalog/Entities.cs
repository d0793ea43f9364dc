using System;
using System.Collections.Generic;
using SchemaGen;

namespace Catalog;

[Entity]
public class Author
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    [Relationship(BackPopulates = nameof(Book.Author))]
    public List<Book> Books { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

[Entity]
public class Book
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    [Field(ForeignKey = "author.id", Index = true)]
    public Guid AuthorId { get; set; }

    [Relationship(BackPopulates = nameof(Catalog.Author.Books))]
    public Author? Author { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
