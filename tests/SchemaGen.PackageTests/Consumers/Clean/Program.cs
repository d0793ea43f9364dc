using Clean;
using Microsoft.EntityFrameworkCore;

// Creates the schema on the (empty) database that CLEAN_CONNECTION names and saves one user with one post.
var connectionString = Environment.GetEnvironmentVariable("CLEAN_CONNECTION");
if (string.IsNullOrEmpty(connectionString))
{
    Console.Error.WriteLine("Set CLEAN_CONNECTION to an Npgsql connection string.");
    return 2;
}

var options = new DbContextOptionsBuilder<BlogContext>()
    .UseNpgsql(connectionString)
    .UseSchemaGen()
    .Options;

using var context = new BlogContext(options);
context.Database.EnsureCreated();

var user = new User { Email = "ada@example.com", Name = "Ada" };
user.Posts.Add(new Post { Title = "Notes on the Analytical Engine" });
context.Users.Add(user);
context.SaveChanges();
Console.WriteLine($"saved {context.Users.Count()} user(s) and {context.Posts.Count()} post(s)");
return 0;
