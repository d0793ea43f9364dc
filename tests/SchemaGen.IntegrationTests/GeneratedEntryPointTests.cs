using System;
using System.Linq;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SchemaGen.IntegrationTests.Models.UserPost;
using Xunit;

namespace SchemaGen.IntegrationTests;

/// <summary>The generated <c>ApplySchemaGenConfigurations()</c> entry point, as a consumer calls it.</summary>
public sealed class GeneratedEntryPointTests
{
    [Fact]
    public void ApplySchemaGenConfigurations_applies_every_entity_of_the_assembly()
    {
        // This assembly holds several test models that reuse table names (each test creates one model in a
        // database of its own), so the model is inspected as configured, before EF Core validates it.
        var modelBuilder = new ModelBuilder();
        modelBuilder.ApplySchemaGenConfigurations();

        var entityClasses = typeof(GeneratedEntryPointTests).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<EntityAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        var configured = modelBuilder.Model.GetEntityTypes()
            .Select(t => t.ClrType)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        Assert.Equal(entityClasses, configured);
        Assert.Equal("user", modelBuilder.Model.FindEntityType(typeof(User))!.GetTableName());
        Assert.Equal("post", modelBuilder.Model.FindEntityType(typeof(Post))!.GetTableName());
    }
}
