using System;
using Microsoft.EntityFrameworkCore;
using SchemaGen;

namespace Crm;

[Entity]
public class Contact
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>This library's part of the model, for a DbContext in another project.</summary>
public static class CrmModel
{
    public static ModelBuilder ApplyCrm(this ModelBuilder modelBuilder) => modelBuilder.ApplySchemaGenConfigurations();

    /// <summary>The save interceptor of each assembly handles that assembly's entities only.</summary>
    public static DbContextOptionsBuilder UseCrm(this DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSchemaGen();
}
