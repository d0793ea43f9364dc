using System;
using Microsoft.EntityFrameworkCore;
using SchemaGen;

namespace Billing;

[Entity]
public class Invoice
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    public decimal Total { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>This library's part of the model, for a DbContext in another project.</summary>
public static class BillingModel
{
    public static ModelBuilder ApplyBilling(this ModelBuilder modelBuilder) => modelBuilder.ApplySchemaGenConfigurations();

    /// <summary>The save interceptor of each assembly handles that assembly's entities only.</summary>
    public static DbContextOptionsBuilder UseBilling(this DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSchemaGen();
}
