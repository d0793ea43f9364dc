using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using SchemaGen.IntegrationTests.Infrastructure;
using SchemaGen.IntegrationTests.Models.Features;
using Xunit;

namespace SchemaGen.IntegrationTests;

/// <summary>Features the seed model does not show: server-side UUIDs, index methods, INCLUDE, NULLS NOT DISTINCT, every jsonb CLR type, long names.</summary>
public sealed class FeatureSchemaTests(PostgresServer server)
{
    private const string Schema = "features";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DefaultSql_moves_uuid_generation_to_the_server()
    {
        var (catalog, connectionString) = await CreateAsync();

        var columns = (await catalog.ColumnsAsync("device", Schema, Cancellation)).ToDictionary(c => c.Name);
        Assert.Equal("gen_random_uuid()", columns["id"].Default);
        Assert.Equal(("character varying(40)", "Shown in the device list."), (columns["label"].DataType, columns["label"].Comment));
        Assert.Equal("citext", columns["serial_no"].DataType);

        await using var context = FeaturesContext.Create(connectionString);
        var device = new Device { Label = "sensor" };
        context.Add(device);
        await context.SaveChangesAsync(Cancellation);
        Assert.NotEqual(Guid.Empty, device.Id);
        Assert.Equal('4', device.Id.ToString()[14]);
    }

    [Fact]
    public async Task Index_methods_include_columns_and_nulls_not_distinct()
    {
        var (catalog, _) = await CreateAsync();

        var indexes = (await catalog.IndexesAsync("document", Schema, Cancellation)).ToDictionary(i => i.Name);
        Assert.Equal(("gin", "tags"), (indexes["ix_document_tags"].Method, string.Join(",", indexes["ix_document_tags"].Columns)));
        Assert.Equal("brin", indexes["ix_document_created"].Method);
        var covering = indexes["ix_document_owner_title"];
        Assert.Equal(["owner_id", "title"], covering.Columns);
        Assert.Equal(["summary"], covering.IncludeColumns);
        var external = indexes["ix_document_external_ref"];
        Assert.True(external.IsUnique && external.NullsNotDistinct, external.Definition);
    }

    [Fact]
    public async Task Every_jsonb_clr_type_round_trips()
    {
        var (catalog, connectionString) = await CreateAsync();
        var jsonColumns = (await catalog.ColumnsAsync("document", Schema, Cancellation)).Where(c => c.DataType == "jsonb").Select(c => c.Name);
        Assert.Equal(["attributes", "extra", "latest", "revisions", "settings", "tags"], jsonColumns.Order(StringComparer.Ordinal));

        var revision = new Revision { Number = 2, Author = "Grace \"Amazing\" Hopper", Changes = { "line1\nline2", "ünïcödé ✓", "" }, Counts = new() { ["a"] = 1 } };
        using var tags = JsonDocument.Parse("""["x", {"y": [1, 2.5, null]}]""");
        var original = new Document
        {
            Title = "t",
            Tags = tags,
            Settings = """{"theme": "dark", "size": 12}""",
            Extra = JsonDocument.Parse("""{"deep": {"deeper": [true, false]}}""").RootElement,
            Attributes = { ["n"] = 1, ["s"] = "two", ["empty"] = new Dictionary<string, object?>(), ["null"] = null },
            Revisions = { revision, new Revision() },
            Latest = revision,
        };
        await using (var context = FeaturesContext.Create(connectionString))
        {
            context.Add(original);
            await context.SaveChangesAsync(Cancellation);
        }

        await using (var context = FeaturesContext.Create(connectionString))
        {
            var stored = await context.Documents.SingleAsync(Cancellation);
            // jsonb reorders object keys, so values are compared as JSON.
            Assert.True(SameJson(original.Tags.RootElement.GetRawText(), stored.Tags!.RootElement.GetRawText()));
            Assert.True(SameJson(original.Settings, stored.Settings));
            Assert.True(SameJson(original.Extra.GetRawText(), stored.Extra.GetRawText()));
            Assert.True(SameJson(JsonSerializer.Serialize(original.Attributes), JsonSerializer.Serialize(stored.Attributes)));
            Assert.True(SameJson(JsonSerializer.Serialize(original.Revisions), JsonSerializer.Serialize(stored.Revisions)));
            Assert.True(SameJson(JsonSerializer.Serialize(original.Latest), JsonSerializer.Serialize(stored.Latest)));
            Assert.Equal("Grace \"Amazing\" Hopper", stored.Latest!.Author);
            Assert.Equal(["line1\nline2", "ünïcödé ✓", ""], stored.Latest.Changes);

            // Changing an element inside a list is detected by the generated comparer and saved.
            stored.Revisions[1].Author = "changed";
            await context.SaveChangesAsync(Cancellation);
        }

        Assert.Equal("changed", await RawSql.ScalarAsync<string>(connectionString, "SELECT revisions->1->>'Author' FROM features.document", Cancellation));
    }

    [Fact]
    public async Task Long_generated_names_are_shortened_apart_within_63_bytes()
    {
        var (catalog, _) = await CreateAsync();

        var tables = await catalog.TablesAsync(Schema, Cancellation);
        var table = Assert.Single(tables, t => t.StartsWith("measurement_series", StringComparison.Ordinal));
        Assert.True(Encoding.UTF8.GetByteCount(table) <= 63, table);
        Assert.Matches("_[0-9a-f]{8}$", table);

        var indexes = (await catalog.IndexesAsync(table, Schema, Cancellation)).Where(i => !i.IsPrimaryKey).ToList();
        Assert.Equal(2, indexes.Count);
        Assert.NotEqual(indexes[0].Name, indexes[1].Name);
        Assert.All(indexes, i => Assert.True(Encoding.UTF8.GetByteCount(i.Name) <= 63, i.Name));
        Assert.Equal(
            ["station_identifier_assigned_by_the_national_registry_first", "station_identifier_assigned_by_the_national_registry_second"],
            indexes.Select(i => i.Columns.Single()).Order(StringComparer.Ordinal));
    }

    private static bool SameJson(string expected, string actual) => JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual));

    private async Task<(Catalog Catalog, string ConnectionString)> CreateAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var context = FeaturesContext.Create(connectionString);
        await context.Database.EnsureCreatedAsync(Cancellation);
        return (new Catalog(connectionString), connectionString);
    }
}
