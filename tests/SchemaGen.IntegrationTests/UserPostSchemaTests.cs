using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SchemaGen.IntegrationTests.Infrastructure;
using SchemaGen.IntegrationTests.Models.UserPost;
using Xunit;

namespace SchemaGen.IntegrationTests;

/// <summary>
/// The seed guide's User/Post model, created with <c>EnsureCreated</c> on a real PostgreSQL server; every claim
/// is checked in pg_catalog / information_schema. Each test has a database of its own.
/// </summary>
public sealed class UserPostSchemaTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tables_are_user_and_post_singular_snake_case_in_public()
    {
        var catalog = await CreateSchemaAsync();

        Assert.Equal(["post", "user"], await catalog.TablesAsync("public", Cancellation));
    }

    [Fact]
    public async Task Columns_are_snake_case_uuid_and_text_not_null()
    {
        var catalog = await CreateSchemaAsync();

        var user = await catalog.ColumnsAsync("user", cancellationToken: Cancellation);
        var post = await catalog.ColumnsAsync("post", cancellationToken: Cancellation);

        Assert.Equal(
            [("id", "uuid", false), ("email", "text", false), ("name", "text", false)],
            user.Select(c => (c.Name, c.DataType, c.IsNullable)));
        Assert.Equal(
            [("id", "uuid", false), ("title", "text", false), ("author_id", "uuid", false)],
            post.Select(c => (c.Name, c.DataType, c.IsNullable)));
    }

    [Fact]
    public async Task Primary_keys_are_pk_user_and_pk_post_on_id()
    {
        var catalog = await CreateSchemaAsync();

        var user = await catalog.PrimaryKeyAsync("user", cancellationToken: Cancellation);
        var post = await catalog.PrimaryKeyAsync("post", cancellationToken: Cancellation);

        Assert.NotNull(user);
        Assert.Equal("pk_user", user.Name);
        Assert.Equal(["id"], user.Columns);
        Assert.NotNull(post);
        Assert.Equal("pk_post", post.Name);
        Assert.Equal(["id"], post.Columns);
    }

    [Fact]
    public async Task Post_author_id_references_user_id_and_cascades_on_delete()
    {
        var catalog = await CreateSchemaAsync();

        var foreignKey = Assert.Single(await catalog.ForeignKeysAsync("post", cancellationToken: Cancellation));
        Assert.Equal("fk_post_user_author_id", foreignKey.Name);
        Assert.Equal(["author_id"], foreignKey.Columns);
        Assert.Equal("public", foreignKey.ReferencedSchema);
        Assert.Equal("user", foreignKey.ReferencedTable);
        Assert.Equal(["id"], foreignKey.ReferencedColumns);
        // A required foreign key cascades by default.
        Assert.Equal("CASCADE", foreignKey.OnDelete);
        Assert.Empty(await catalog.ForeignKeysAsync("user", cancellationToken: Cancellation));
    }

    [Fact]
    public async Task Post_author_id_has_its_own_full_index()
    {
        var catalog = await CreateSchemaAsync();

        var indexes = await catalog.IndexesAsync("post", cancellationToken: Cancellation);

        var index = Assert.Single(indexes, i => i.Name == "ix_post_author_id");
        Assert.Equal(["author_id"], index.Columns);
        Assert.Null(index.Predicate);
        Assert.False(index.IsUnique);
        Assert.Equal("btree", index.Method);
        // What SG1002 asks for: some full index leads with the foreign-key column.
        Assert.Contains(indexes, i => i.IsFull && i.Columns[0] == "author_id");
    }

    [Fact]
    public async Task User_email_unique_and_index_is_one_unique_index()
    {
        var catalog = await CreateSchemaAsync();

        var indexes = await catalog.IndexesAsync("user", cancellationToken: Cancellation);

        var index = Assert.Single(indexes, i => i.Columns.Contains("email") || i.IncludeColumns.Contains("email"));
        Assert.Equal("ix_user_email", index.Name);
        Assert.Equal(["email"], index.Columns);
        Assert.True(index.IsUnique, index.Definition);
        Assert.Null(index.Predicate);
        Assert.Equal("btree", index.Method);
    }

    [Fact]
    public async Task Each_table_has_exactly_its_key_and_field_indexes()
    {
        var catalog = await CreateSchemaAsync();

        var user = await catalog.IndexesAsync("user", cancellationToken: Cancellation);
        var post = await catalog.IndexesAsync("post", cancellationToken: Cancellation);

        Assert.Equal(
            [("ix_user_email", "email", true), ("ix_user_name", "name", false), ("pk_user", "id", true)],
            user.Select(i => (i.Name, string.Join(",", i.Columns), i.IsUnique)));
        Assert.Equal(
            [("ix_post_author_id", "author_id", false), ("ix_post_title", "title", false), ("pk_post", "id", true)],
            post.Select(i => (i.Name, string.Join(",", i.Columns), i.IsUnique)));
        Assert.All(user.Concat(post), i => Assert.True(i.IsFull, i.Definition));
    }

    [Fact]
    public async Task User_with_two_posts_round_trips()
    {
        var connectionString = await server.CreateDatabaseAsync();
        Guid userId;
        await using (var context = UserPostContext.Create(connectionString))
        {
            await context.Database.EnsureCreatedAsync(Cancellation);
            var user = new User { Email = "ada@example.com", Name = "Ada" };
            user.Posts.Add(new Post { Title = "Notes on the Analytical Engine" });
            user.Posts.Add(new Post { Title = "Sketch of the Analytical Engine" });
            context.Users.Add(user);
            await context.SaveChangesAsync(Cancellation);
            userId = user.Id;
            context.ChangeTracker.Clear();

            var loaded = await context.Users
                .Include(u => u.Posts)
                .SingleAsync(u => u.Email == "ada@example.com", Cancellation);

            Assert.NotEqual(Guid.Empty, loaded.Id);
            Assert.Equal(userId, loaded.Id);
            Assert.Equal("Ada", loaded.Name);
            Assert.Equal(
                ["Notes on the Analytical Engine", "Sketch of the Analytical Engine"],
                loaded.Posts.Select(p => p.Title).Order(StringComparer.Ordinal));
            Assert.All(loaded.Posts, p =>
            {
                Assert.NotEqual(Guid.Empty, p.Id);
                Assert.Equal(userId, p.AuthorId);
                Assert.Same(loaded, p.Author);
            });
            Assert.Equal(2, loaded.Posts.Select(p => p.Id).Distinct().Count());
        }

        // The rows are in the tables the catalog shows, under the column names it shows.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(
            "SELECT u.email, count(p.id) FROM \"user\" u JOIN post p ON p.author_id = u.id WHERE u.id = @id GROUP BY u.email",
            connection);
        command.Parameters.AddWithValue("id", userId);
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        Assert.True(await reader.ReadAsync(Cancellation));
        Assert.Equal("ada@example.com", reader.GetString(0));
        Assert.Equal(2L, reader.GetInt64(1));
    }

    /// <summary>A fresh database with the User/Post schema, created by EF Core from the generated configuration.</summary>
    private async Task<Catalog> CreateSchemaAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var context = UserPostContext.Create(connectionString);
        await context.Database.EnsureCreatedAsync(Cancellation);
        return new Catalog(connectionString);
    }
}
