using System;
using SchemaGen;

namespace Mistakes.Models;

[Entity]
public class Customer
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

[Entity]
public class Invoice
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    // SG1002: a foreign key without an index.
    [Field(ForeignKey = "customer.id")]
    public Guid CustomerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

// SG1001: no primary key at all.
[Entity]
public class AuditEntry
{
    public string Message { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

// SG1003: a plural table name.
[Entity]
public class Shipments
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
