using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Blog.Models;
using Microsoft.EntityFrameworkCore;
using SchemaGen.IntegrationTests.Infrastructure;
using SchemaGen.IntegrationTests.Models;
using Xunit;

namespace SchemaGen.IntegrationTests;

/// <summary>
/// The seed guide's whole model (samples/Blog/Models) on a real PostgreSQL server: keys, every relationship kind,
/// indexes, checks, jsonb, timestamps and soft delete, each proven from pg_catalog or by a round trip.
/// </summary>
public sealed class BlogSchemaTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tables_are_singular_snake_case()
    {
        var (catalog, _) = await CreateAsync();

        Assert.Equal(["category", "order", "post", "role", "team", "user", "user_role_link"], await catalog.TablesAsync("public", Cancellation));
    }

    [Fact]
    public async Task Keys_are_uuid_identity_and_composite_in_declaration_order()
    {
        var (catalog, _) = await CreateAsync();

        var user = await catalog.PrimaryKeyAsync("user", cancellationToken: Cancellation);
        Assert.Equal(("pk_user", "id"), (user!.Name, string.Join(",", user.Columns)));
        var team = (await catalog.ColumnsAsync("team", cancellationToken: Cancellation)).Single(c => c.Name == "id");
        Assert.Equal(("bigint", "BY DEFAULT"), (team.DataType, team.Identity));
        var link = await catalog.PrimaryKeyAsync("user_role_link", cancellationToken: Cancellation);
        Assert.Equal(("pk_user_role_link", "user_id,role_id"), (link!.Name, string.Join(",", link.Columns)));
    }

    [Fact]
    public async Task Uuid_keys_are_generated_client_side_as_version_7()
    {
        var (_, connectionString) = await CreateAsync();
        await using var context = BlogContext.Create(connectionString);
        var role = new Role { Name = "editor" };
        context.Add(role);
        await context.SaveChangesAsync(Cancellation);

        var column = (await new Catalog(connectionString).ColumnsAsync("role", cancellationToken: Cancellation)).Single(c => c.Name == "id");
        Assert.Null(column.Default);
        var stored = await RawSql.ScalarAsync<Guid>(connectionString, "SELECT id FROM role", Cancellation);
        Assert.Equal(role.Id, stored);
        Assert.Equal('7', stored.ToString()[14]);
    }

    [Fact]
    public async Task Foreign_keys_have_EF_names_and_the_declared_delete_behaviour()
    {
        var (catalog, _) = await CreateAsync();

        async Task<IEnumerable<string>> Keys(string table) => (await catalog.ForeignKeysAsync(table, cancellationToken: Cancellation))
            .Select(fk => $"{fk.Name} ({string.Join(",", fk.Columns)}) -> {fk.ReferencedTable} ({string.Join(",", fk.ReferencedColumns)}) {fk.OnDelete}");

        Assert.Equal(["fk_post_category_category_id (category_id) -> category (id) NO ACTION", "fk_post_user_author_id (author_id) -> user (id) CASCADE"], (await Keys("post")).Order(StringComparer.Ordinal));
        Assert.Equal(["fk_user_team_team_id (team_id) -> team (id) SET NULL"], await Keys("user"));
        Assert.Equal(["fk_order_user_customer_id (customer_id) -> user (id) RESTRICT"], await Keys("order"));
        Assert.Equal(["fk_category_category_parent_id (parent_id) -> category (id) NO ACTION"], await Keys("category"));
        Assert.Equal(
            ["fk_user_role_link_role_role_id (role_id) -> role (id) CASCADE", "fk_user_role_link_user_user_id (user_id) -> user (id) CASCADE"],
            (await Keys("user_role_link")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_foreign_key_leads_a_full_index_or_the_primary_key()
    {
        var (catalog, _) = await CreateAsync();

        foreach (var table in new[] { "post", "user", "order", "category", "user_role_link" })
        {
            var indexes = await catalog.IndexesAsync(table, cancellationToken: Cancellation);
            foreach (var fk in await catalog.ForeignKeysAsync(table, cancellationToken: Cancellation))
            {
                Assert.Contains(indexes, i => i.IsFull && i.Columns[0] == fk.Columns[0]);
            }
        }

        var roleIndex = (await catalog.IndexesAsync("user_role_link", cancellationToken: Cancellation)).Single(i => i.Name == "ix_user_role_link_role_id");
        Assert.Equal(["role_id"], roleIndex.Columns);
    }

    [Fact]
    public async Task Partial_and_composite_indexes_are_named_and_filtered()
    {
        var (catalog, _) = await CreateAsync();

        var indexes = (await catalog.IndexesAsync("user", cancellationToken: Cancellation)).ToDictionary(i => i.Name);
        var composite = indexes["ix_user_team_email"];
        Assert.Equal(["team_id", "email"], composite.Columns);
        Assert.Equal((true, "(deleted_at IS NULL)"), (composite.IsUnique, composite.Predicate));
        var email = indexes["ix_user_email"];
        Assert.Equal(["email"], email.Columns);
        Assert.Equal((true, "(deleted_at IS NULL)"), (email.IsUnique, email.Predicate));
        Assert.Single(indexes.Values, i => i.Columns.SequenceEqual(["email"]));
        Assert.True(indexes["ix_user_team_id"].IsFull);
    }

    [Fact]
    public async Task Checks_are_named_ck_table_name()
    {
        var (catalog, _) = await CreateAsync();

        var checks = await catalog.CheckConstraintsAsync("order", cancellationToken: Cancellation);
        Assert.Equal(["ck_order_status", "ck_order_total_not_negative"], checks.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Contains("'pending'", checks.Single(c => c.Name == "ck_order_status").Definition);
    }

    [Fact]
    public async Task Check_rejects_a_value_outside_the_list()
    {
        var (_, connectionString) = await CreateAsync();
        await using var context = BlogContext.Create(connectionString);
        var user = new User { Email = "check@example.com", Name = "Check" };
        context.Add(user);
        context.Add(new Order { CustomerId = user.Id, Status = "lost" });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Cancellation));
        Assert.Contains("ck_order_status", error.InnerException!.Message);
    }

    [Fact]
    public async Task Comments_and_column_options_reach_the_catalog()
    {
        var (catalog, _) = await CreateAsync();

        Assert.Equal("A group of users.", await catalog.TableCommentAsync("team", cancellationToken: Cancellation));
        var team = (await catalog.ColumnsAsync("team", cancellationToken: Cancellation)).Single(c => c.Name == "name");
        Assert.Equal("character varying(100)", team.DataType);
        var order = (await catalog.ColumnsAsync("order", cancellationToken: Cancellation)).ToDictionary(c => c.Name);
        Assert.Equal("pending, shipped or delivered", order["status"].Comment);
        Assert.Equal("numeric(12,2)", order["total"].DataType);
        Assert.Equal("jsonb", order["shipping_address"].DataType);
    }

    [Fact]
    public async Task Timestamps_are_timestamptz_not_null_default_now()
    {
        var (catalog, _) = await CreateAsync();

        foreach (var table in new[] { "user", "post", "team", "role", "category", "order" })
        {
            var columns = (await catalog.ColumnsAsync(table, cancellationToken: Cancellation)).ToDictionary(c => c.Name);
            foreach (var name in new[] { "created_at", "updated_at" })
            {
                Assert.Equal(("timestamp with time zone", false, "now()"), (columns[name].DataType, columns[name].IsNullable, columns[name].Default));
            }
        }

        Assert.DoesNotContain(await catalog.ColumnsAsync("user_role_link", cancellationToken: Cancellation), c => c.Name == "created_at");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Interceptor_sets_timestamps_in_utc_on_insert_and_update(bool async)
    {
        var (_, connectionString) = await CreateAsync();
        await using var context = BlogContext.Create(connectionString);
        var team = new Team { Name = "Clocks" };
        context.Add(team);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await Save(context, async);

        Assert.True(team.CreatedAt >= before, $"{team.CreatedAt:O}");
        Assert.Equal(TimeSpan.Zero, team.CreatedAt.Offset);
        Assert.Equal(team.CreatedAt, team.UpdatedAt);
        var created = team.CreatedAt;

        team.Name = "Watches";
        await Save(context, async);
        Assert.Equal(created, team.CreatedAt);
        Assert.True(team.UpdatedAt >= created);

        context.ChangeTracker.Clear();
        var stored = await context.Teams.SingleAsync(Cancellation);
        Assert.Equal((created, team.UpdatedAt), (stored.CreatedAt, stored.UpdatedAt));
    }

    [Fact]
    public async Task Every_relationship_round_trips()
    {
        var (_, connectionString) = await CreateAsync();
        await using (var context = BlogContext.Create(connectionString))
        {
            var science = new Category { Slug = "science", Name = "Science" };
            var user = new User { Email = "ada@example.com", Name = "Ada", Team = new Team { Name = "Engines" } };
            user.Roles.Add(new Role { Name = "admin" });
            user.Posts.Add(new Post { Title = "Notes", Category = new Category { Slug = "computing", Name = "Computing", Parent = science } });
            context.Add(user);
            await context.SaveChangesAsync(Cancellation);
        }

        await using (var context = BlogContext.Create(connectionString))
        {
            var user = await context.Users
                .Include(u => u.Team).Include(u => u.Roles).ThenInclude(r => r.Users)
                .Include(u => u.Posts).ThenInclude(p => p.Category!).ThenInclude(c => c.Parent!).ThenInclude(c => c.Children)
                .SingleAsync(Cancellation);

            Assert.Equal("Engines", user.Team!.Name);
            Assert.Same(user, Assert.Single(user.Team.Members));
            Assert.Same(user, Assert.Single(Assert.Single(user.Roles).Users));
            var post = Assert.Single(user.Posts);
            Assert.Equal(("Computing", "Science"), (post.Category!.Name, post.Category.Parent!.Name));
            Assert.Same(post.Category, Assert.Single(post.Category.Parent.Children));
        }

        Assert.Equal(1L, await RawSql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM user_role_link", Cancellation));
    }

    [Fact]
    public async Task Jsonb_values_come_back_as_written()
    {
        var (_, connectionString) = await CreateAsync();
        var address = new Address { Street = "1 \"Quoted\" Lane", City = "Zürich", Country = "CH" };
        await using (var context = BlogContext.Create(connectionString))
        {
            var user = new User { Email = "json@example.com", Name = "Json", Metadata = { ["lang"] = "en", ["score"] = 3, ["nested"] = new Dictionary<string, object?> { ["empty"] = new List<int>(), ["none"] = null } } };
            context.Add(user);
            context.Add(new Post { Author = user, Title = "Tags", Tags = { "a", "ü", "" } });
            context.Add(new Order { CustomerId = user.Id, ShippingAddress = address });
            await context.SaveChangesAsync(Cancellation);
        }

        await using (var context = BlogContext.Create(connectionString))
        {
            var user = await context.Users.SingleAsync(Cancellation);
            // jsonb stores objects with their keys reordered, so JSON values are compared as JSON, not as text.
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"lang":"en","score":3,"nested":{"empty":[],"none":null}}"""), JsonSerializer.SerializeToNode(user.Metadata)));
            Assert.Equal(["a", "ü", ""], (await context.Posts.SingleAsync(Cancellation)).Tags);
            var stored = (await context.Orders.SingleAsync(Cancellation)).ShippingAddress!;
            Assert.Equal((address.Street, address.City, address.Country), (stored.Street, stored.City, stored.Country));

            // A change inside a jsonb value is seen and saved.
            user.Metadata["lang"] = "fr";
            await context.SaveChangesAsync(Cancellation);
        }

        Assert.Equal("fr", await RawSql.ScalarAsync<string>(connectionString, "SELECT metadata->>'lang' FROM \"user\"", Cancellation));
        Assert.Equal("Zürich", await RawSql.ScalarAsync<string>(connectionString, "SELECT shipping_address->>'City' FROM \"order\"", Cancellation));
    }

    [Fact]
    public async Task Soft_delete_keeps_the_row_hides_it_and_frees_its_email()
    {
        var (_, connectionString) = await CreateAsync();
        await using (var context = BlogContext.Create(connectionString))
        {
            var first = new User { Email = "again@example.com", Name = "First" };
            context.Add(first);
            await context.SaveChangesAsync(Cancellation);
            context.Remove(first);
            await context.SaveChangesAsync(Cancellation);
            Assert.NotNull(first.DeletedAt);

            context.Add(new User { Email = "again@example.com", Name = "Second" });
            await context.SaveChangesAsync(Cancellation);
        }

        await using (var context = BlogContext.Create(connectionString))
        {
            Assert.Equal("Second", (await context.Users.SingleAsync(Cancellation)).Name);
            var all = await context.Users.IgnoreQueryFilters(["SoftDelete"]).OrderBy(u => u.Name).ToListAsync(Cancellation);
            Assert.Equal(["First", "Second"], all.Select(u => u.Name));
        }

        Assert.Equal(2L, await RawSql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM \"user\"", Cancellation));
        Assert.Equal(1L, await RawSql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM \"user\" WHERE deleted_at IS NOT NULL", Cancellation));
    }

    private static Task Save(DbContext context, bool async)
    {
        if (async)
        {
            return context.SaveChangesAsync(Cancellation);
        }

        context.SaveChanges();
        return Task.CompletedTask;
    }

    private async Task<(Catalog Catalog, string ConnectionString)> CreateAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var context = BlogContext.Create(connectionString);
        await context.Database.EnsureCreatedAsync(Cancellation);
        return (new Catalog(connectionString), connectionString);
    }
}
