using System;
using Catalog;
using Microsoft.EntityFrameworkCore;

// Prints the DDL EF Core creates from the Catalog library's generated configuration (no database needed).
var options = new DbContextOptionsBuilder<StorefrontContext>()
    .UseNpgsql("Host=localhost;Database=storefront")
    .UseSchemaGen()
    .Options;
using var context = new StorefrontContext(options);
Console.WriteLine(context.Database.GenerateCreateScript());

public sealed class StorefrontContext(DbContextOptions<StorefrontContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Book> Books => Set<Book>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplySchemaGenConfigurations();
}
