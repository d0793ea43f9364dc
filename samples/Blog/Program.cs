using System;
using System.Linq;
using Blog;
using Blog.Models;
using Microsoft.EntityFrameworkCore;
using SchemaGen.Generated;

// Without --connection: print the DDL EF Core creates from the generated model, and the Mermaid ERD
// (no database needed). With --connection "<Npgsql connection string>": create the schema on that server
// and round-trip a few rows through every relationship.
var connectionIndex = Array.IndexOf(args, "--connection");
var connection = connectionIndex >= 0 && connectionIndex + 1 < args.Length ? args[connectionIndex + 1] : null;

var options = new DbContextOptionsBuilder<BlogContext>()
    .UseNpgsql(connection ?? "Host=localhost;Database=blog")
    .UseSchemaGen()
    .Options;

using var context = new BlogContext(options);
if (connection is null)
{
    Console.WriteLine("-- PostgreSQL DDL that EF Core creates from the SchemaGen configuration");
    Console.WriteLine(context.Database.GenerateCreateScript());
    Console.WriteLine("-- Mermaid ERD (SchemaGen.Generated.SchemaGenModel.MermaidErd)");
    Console.WriteLine(SchemaGenModel.MermaidErd);
    return 0;
}

context.Database.EnsureDeleted();
context.Database.EnsureCreated();

var team = new Team { Name = "Engines" };
var admin = new Role { Name = "admin" };
var science = new Category { Slug = "science", Name = "Science" };
var ada = new User { Email = "ada@example.com", Name = "Ada", Team = team, Metadata = { ["lang"] = "en" } };
ada.Roles.Add(admin);
ada.Posts.Add(new Post
{
    Title = "Notes on the Analytical Engine",
    Category = new Category { Slug = "computing", Name = "Computing", Parent = science },
    Tags = { "history", "engines" },
});
context.Add(ada); // assigns ada.Id (a client-side UUIDv7)
context.Add(new Order { CustomerId = ada.Id, Total = 12.50m, ShippingAddress = new Address { Street = "1 St James's Square", City = "London", Country = "UK" } });
context.SaveChanges();
context.ChangeTracker.Clear();

var loaded = context.Users
    .Include(u => u.Team)
    .Include(u => u.Roles)
    .Include(u => u.Posts).ThenInclude(p => p.Category!).ThenInclude(c => c.Parent)
    .Single(u => u.Email == "ada@example.com");
var post = loaded.Posts.Single();
var order = context.Orders.Single(o => o.CustomerId == loaded.Id);
Console.WriteLine($"user {loaded.Name} (team {loaded.Team?.Name}, roles {string.Join(", ", loaded.Roles.Select(r => r.Name))}, metadata {loaded.Metadata.Count} key(s), created {loaded.CreatedAt:O})");
Console.WriteLine($"post '{post.Title}' in {post.Category?.Parent?.Name} / {post.Category?.Name}, tags {string.Join(", ", post.Tags)}");
Console.WriteLine($"order {order.Status} {order.Total} to {order.ShippingAddress?.City}");

context.Orders.Remove(order);
context.Users.Remove(loaded);
context.SaveChanges();
var active = context.Users.Count();
var all = context.Users.IgnoreQueryFilters(["SoftDelete"]).Count();
Console.WriteLine($"after soft delete: {active} active user(s), {all} user row(s) in the table");
return 0;
