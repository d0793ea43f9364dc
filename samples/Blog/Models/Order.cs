using System;
using SchemaGen;

namespace Blog.Models;

[Entity]
[Check("status IN ('pending', 'shipped', 'delivered')", Name = "status")]
[Check("total >= 0", Name = "total_not_negative")]
public class Order : TimestampMixin
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    /// <summary>A foreign key with no navigation; deleting a customer with orders is refused.</summary>
    [Field(ForeignKey = "user.id", Index = true, OnDelete = OnDelete.Restrict)]
    public Guid CustomerId { get; set; }

    [Field(Comment = "pending, shipped or delivered")]
    public string Status { get; set; } = "pending";

    [Field(ColumnType = "numeric(12,2)")]
    public decimal Total { get; set; }

    [Field(Jsonb = true)]
    public Address? ShippingAddress { get; set; }
}

/// <summary>A plain class stored as jsonb.</summary>
public sealed class Address
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string Country { get; set; } = "";
}
