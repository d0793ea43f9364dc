using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Tests.Infrastructure;
using SchemaGen.Tests.Meta;
using Xunit;

namespace SchemaGen.Tests.Generator;

/// <summary>Snapshots of the whole seed model, and small assertions per feature (SPEC §2).</summary>
public sealed class FeatureGeneratorTests
{
    private static IEnumerable<string> BlogModel()
        => Directory.GetFiles(Path.Combine(DescriptorTests.RepositoryRoot(), "samples", "Blog", "Models"), "*.cs")
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(File.ReadAllText);

    [Fact]
    public void Blog_model()
    {
        var result = GeneratorHarness.Run(BlogModel());

        foreach (var (hint, text) in result.Files)
        {
            Snapshot.Verify(text, hint);
        }
    }

    [Fact]
    public void Many_to_many_is_configured_once_through_the_link_entity()
    {
        var result = GeneratorHarness.Run(BlogModel());

        var configurations = result.Files.Values.Where(text => text.Contains(".UsingEntity<")).ToList();
        var role = Assert.Single(configurations);
        Assert.Contains("builder.HasMany<global::Blog.Models.User>(\"Users\")", role);
        Assert.Contains(".WithMany(\"Roles\")", role);
        Assert.Contains(".UsingEntity<global::Blog.Models.UserRoleLink>(", role);
        Assert.Contains("builder.HasKey(\"UserId\", \"RoleId\").HasName(\"pk_user_role_link\");", result.File("Blog.Models.UserRoleLink.g.cs"));
    }

    [Fact]
    public void Self_reference_pairs_parent_and_children()
    {
        var category = GeneratorHarness.Run(BlogModel()).File("Blog.Models.Category.g.cs");

        Assert.Contains("builder.HasOne<global::Blog.Models.Category>(\"Parent\")", category);
        Assert.Contains(".WithMany(\"Children\")", category);
        Assert.Contains(".OnDelete(global::Microsoft.EntityFrameworkCore.DeleteBehavior.ClientSetNull)", category);
    }

    [Fact]
    public void Foreign_key_without_navigation_and_explicit_delete_behaviour()
    {
        var order = GeneratorHarness.Run(BlogModel()).File("Blog.Models.Order.g.cs");

        Assert.Contains("builder.HasOne<global::Blog.Models.User>((string?)null)", order);
        Assert.Contains(".WithMany((string?)null)", order);
        Assert.Contains(".OnDelete(global::Microsoft.EntityFrameworkCore.DeleteBehavior.Restrict)", order);
    }

    [Fact]
    public void Soft_delete_makes_unique_fields_partial_and_adds_a_named_filter()
    {
        var user = GeneratorHarness.Run(BlogModel()).File("Blog.Models.User.g.cs");

        Assert.Contains("\"ix_user_email\").HasDatabaseName(\"ix_user_email\").IsUnique().HasFilter(\"deleted_at IS NULL\");", user);
        Assert.Contains("builder.HasQueryFilter(\"SoftDelete\", entity => global::Microsoft.EntityFrameworkCore.EF.Property<global::System.DateTimeOffset?>(entity, \"DeletedAt\") == null);", user);
    }

    [Fact]
    public void Timestamps_are_timestamptz_with_default_now()
    {
        var post = GeneratorHarness.Run(BlogModel()).File("Blog.Models.Post.g.cs");

        Assert.Contains("builder.Property(\"CreatedAt\").HasColumnName(\"created_at\").HasColumnType(\"timestamp with time zone\").IsRequired().HasDefaultValueSql(\"now()\");", post);
        Assert.Contains("builder.Property(\"UpdatedAt\").HasColumnName(\"updated_at\").HasColumnType(\"timestamp with time zone\").IsRequired().HasDefaultValueSql(\"now()\");", post);
    }

    [Fact]
    public void Jsonb_uses_a_converter_only_where_Npgsql_needs_one()
    {
        var result = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.Text.Json;
            using SchemaGen;
            namespace Docs;
            public sealed class Meta { public int Version { get; set; } }
            [Entity]
            public class Doc
            {
                public System.Guid Id { get; set; }
                [Field(Jsonb = true)] public string Text { get; set; } = "{}";
                [Field(Jsonb = true)] public JsonDocument? Document { get; set; }
                [Field(Jsonb = true)] public Meta? Poco { get; set; }
                [Field(Jsonb = true)] public Dictionary<string, object?> Bag { get; set; } = new();
                [Field(Jsonb = true)] public int NotJson { get; set; }
            }
            """);

        var doc = result.File("Docs.Doc.g.cs");
        Assert.Contains("builder.Property(\"Text\").HasColumnName(\"text\").HasColumnType(\"jsonb\");", doc);
        Assert.Contains("builder.Property(\"Document\").HasColumnName(\"document\").HasColumnType(\"jsonb\");", doc);
        Assert.Contains("builder.Property<global::Docs.Meta>(\"Poco\").HasColumnName(\"poco\").HasColumnType(\"jsonb\").HasConversion(global::SchemaGen.Generated.SchemaGenJson.Converter<global::Docs.Meta>(), global::SchemaGen.Generated.SchemaGenJson.Comparer<global::Docs.Meta>());", doc);
        Assert.Contains("Converter<global::System.Collections.Generic.Dictionary<string, object>>()", doc);
        Assert.Contains("builder.Property(\"NotJson\").HasColumnName(\"not_json\");", doc);
    }

    [Fact]
    public void Naming_none_keeps_csharp_names_and_EF_default_constraint_names()
    {
        var result = GeneratorHarness.Run(Models.UserPost, new Dictionary<string, string> { ["SchemaGenNaming"] = "none" });

        var post = result.File("Blog.Models.Post.g.cs");
        Snapshot.Verify(post, "Blog.Models.Post.g.cs");
        Assert.Contains("builder.ToTable(\"Post\");", post);
        Assert.Contains("builder.HasKey(\"Id\").HasName(\"PK_Post\");", post);
        Assert.Contains(".HasConstraintName(\"FK_Post_User_AuthorId\");", post);
        Assert.Contains("\"IX_Post_AuthorId\"", post);
    }

    [Fact]
    public void SchemaGenPublic_makes_the_entry_points_public()
    {
        var result = GeneratorHarness.Run(Models.UserPost, new Dictionary<string, string> { ["SchemaGenPublic"] = "true" });

        Assert.Contains("public static partial class SchemaGenModelBuilderExtensions", result.File("SchemaGen.ModelBuilderExtensions.g.cs"));
        Assert.Contains("public sealed partial class PostSchemaGenConfiguration", result.File("Blog.Models.Post.g.cs"));
        Assert.Contains("public static partial class SchemaGenDbContextOptionsBuilderExtensions", result.File("SchemaGen.Runtime.g.cs"));
        Assert.Contains("public static partial class SchemaGenModel", result.File("SchemaGen.Erd.g.cs"));
    }

    [Fact]
    public void Indexes_take_property_or_column_names_and_every_option()
    {
        var result = GeneratorHarness.Run("""
            using System;
            using SchemaGen;
            namespace Shop;
            [Entity(Schema = "shop", Comment = "Things we sell.")]
            [TableIndex("ix_product_search", nameof(Tags), Method = "gin")]
            [TableIndex("ix_product_vendor_sku", "vendor_id", nameof(Sku), Unique = true, Include = new[] { "price" }, NullsDistinct = false, Where = "price > 0")]
            [Check("price >= 0", Name = "price_positive")]
            public class Product
            {
                public Guid Id { get; set; }
                public Guid VendorId { get; set; }
                public string Sku { get; set; } = "";
                public decimal Price { get; set; }
                public string[] Tags { get; set; } = Array.Empty<string>();
            }
            """);

        var product = result.File("Shop.Product.g.cs");
        Assert.Contains("builder.ToTable(\"product\", \"shop\", table =>", product);
        Assert.Contains("table.HasComment(\"Things we sell.\");", product);
        Assert.Contains("table.HasCheckConstraint(\"ck_product_price_positive\", \"price >= 0\").HasName(\"ck_product_price_positive\");", product);
        Assert.Contains("builder.HasIndex(new string[] { \"Tags\" }, \"ix_product_search\").HasDatabaseName(\"ix_product_search\").HasMethod(\"gin\");", product);
        Assert.Contains("builder.HasIndex(new string[] { \"VendorId\", \"Sku\" }, \"ix_product_vendor_sku\").HasDatabaseName(\"ix_product_vendor_sku\").IsUnique().HasFilter(\"price > 0\").IncludeProperties(\"Price\").AreNullsDistinct(false);", product);
    }

    [Fact]
    public void Mermaid_erd_names_tables_marks_keys_and_cardinality()
    {
        var erd = GeneratorHarness.Run(BlogModel()).File("SchemaGen.Erd.g.cs");

        Assert.Contains("erDiagram\\n", erd);
        Assert.Contains("    user {\\n", erd);
        Assert.Contains("        uuid author_id FK\\n", erd);
        Assert.Contains("        text email UK\\n", erd);
        Assert.Contains("    user ||--o{ post : \\\"Author\\\"\\n", erd);
        Assert.Contains("    team |o--o{ user : \\\"Team\\\"\\n", erd);
        Assert.Contains("    category |o--o{ category : \\\"Parent\\\"\\n", erd);
    }

    [Fact]
    public void Timestamp_uint_is_left_to_Npgsql_as_the_xmin_row_version()
    {
        var item = GeneratorHarness.Run("""
            using System;
            using System.ComponentModel.DataAnnotations;
            using SchemaGen;
            namespace Shop;
            [Entity]
            public class Item
            {
                public Guid Id { get; set; }
                [Timestamp] public uint Version { get; set; }
            }
            """).File("Shop.Item.g.cs");

        Assert.DoesNotContain("\"Version\"", item);
    }

    [Fact]
    public void Null_or_nested_attribute_arrays_are_read_without_throwing()
    {
        var result = GeneratorHarness.Run("""
            #nullable disable
            using System;
            using SchemaGen;
            namespace Shop;
            [Entity]
            [TableIndex("ix_item_nothing", null)]
            [TableIndex("ix_item_name", nameof(Name), Include = null)]
            public class Item
            {
                public Guid Id { get; set; }
                public string Name { get; set; } = "";
            }
            """);

        Assert.Contains("\"ix_item_name\"", result.File("Shop.Item.g.cs"));
        Assert.DoesNotContain("ix_item_nothing", result.File("Shop.Item.g.cs"));
    }

    [Fact]
    public void Assembly_without_entities_gets_no_entry_points()
    {
        var result = GeneratorHarness.Run("namespace App; public sealed class Program { public static int Main() => 0; }");

        Assert.Empty(result.Files);
    }

    [Fact]
    public void Timestamps_and_soft_delete_are_annotated_for_the_interceptor()
    {
        var user = GeneratorHarness.Run(BlogModel()).File("Blog.Models.User.g.cs");

        Assert.Contains("builder.HasAnnotation(\"SchemaGen:CreatedAt\", \"CreatedAt\");", user);
        Assert.Contains("builder.HasAnnotation(\"SchemaGen:UpdatedAt\", \"UpdatedAt\");", user);
        Assert.Contains("builder.HasAnnotation(\"SchemaGen:SoftDelete\", \"DeletedAt\");", user);
    }

    [Fact]
    public void Generated_code_compiles_when_user_types_are_called_Guid_DbContext_Microsoft_or_System()
    {
        var result = GeneratorHarness.Run("""
            using SchemaGen;
            namespace Shop
            {
                public class Guid { }
                public class DbContext { }
                public class Microsoft { }
                public class System { }
                public class ModelBuilder { }
                public class SchemaGenJson { }

                [Entity]
                public class Item
                {
                    public global::System.Guid Id { get; set; }
                    [Field(Jsonb = true)] public global::System.Collections.Generic.List<string> Tags { get; set; } = new();
                    public global::System.DateTimeOffset CreatedAt { get; set; }
                    public global::System.DateTimeOffset UpdatedAt { get; set; }
                }
            }
            """);

        Assert.Contains("Shop.Item.g.cs", result.Files.Keys);
    }
}
