using System;
using System.Linq;
using Billing;
using Crm;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

// Prints the DDL EF Core creates from the three assemblies' generated configurations (no database needed).
var options = new DbContextOptionsBuilder<BackofficeContext>();
options.UseNpgsql("Host=localhost;Database=backoffice")
    .UseSchemaGen()
    .UseBilling()
    .UseCrm();
using var context = new BackofficeContext(options.Options);
Console.WriteLine(context.Database.GenerateCreateScript());

// One SchemaGen save interceptor per assembly, each for that assembly's entities.
var interceptors = options.Options.FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
Console.WriteLine("-- save interceptors from: " + string.Join(", ", interceptors.Select(i => i.GetType().Assembly.GetName().Name).Order()));

public sealed class BackofficeContext(DbContextOptions<BackofficeContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplySchemaGenConfigurations().ApplyBilling().ApplyCrm();
}
