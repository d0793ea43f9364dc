using Blog.Models;
using Microsoft.EntityFrameworkCore;

namespace SchemaGen.Benchmarks.Model;

/// <summary>
/// The Blog model configured the way a careful EF Core user writes it by hand: lambdas, the same names, keys,
/// relationships, indexes, checks, jsonb converters and query filter as SchemaGen generates.
/// </summary>
internal static class HandWritten
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(b =>
        {
            b.ToTable("user");
            b.HasKey(e => e.Id).HasName("pk_user");
            b.Property(e => e.Id).HasColumnName("id");
            b.Property(e => e.Email).HasColumnName("email");
            b.Property(e => e.Name).HasColumnName("name");
            b.Property(e => e.TeamId).HasColumnName("team_id");
            b.Property(e => e.Metadata).HasColumnName("metadata").HasColumnType("jsonb").HasConversion(Json.Converter<System.Collections.Generic.Dictionary<string, object?>>(), Json.Comparer<System.Collections.Generic.Dictionary<string, object?>>());
            b.Property(e => e.DeletedAt).HasColumnName("deleted_at").HasColumnType("timestamp with time zone");
            Timestamps(b);
            b.HasOne(e => e.Team).WithMany(t => t.Members).HasForeignKey(e => e.TeamId).HasPrincipalKey(t => t.Id).OnDelete(DeleteBehavior.SetNull).HasConstraintName("fk_user_team_team_id");
            b.HasMany(e => e.Roles).WithMany(r => r.Users).UsingEntity<UserRoleLink>(
                l => l.HasOne<Role>().WithMany().HasForeignKey(x => x.RoleId).HasPrincipalKey(r => r.Id),
                r => r.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).HasPrincipalKey(u => u.Id));
            b.HasIndex(e => e.Email).HasDatabaseName("ix_user_email").IsUnique().HasFilter("deleted_at IS NULL");
            b.HasIndex(e => e.Name).HasDatabaseName("ix_user_name");
            b.HasIndex(e => e.TeamId).HasDatabaseName("ix_user_team_id");
            b.HasIndex(e => new { e.TeamId, e.Email }).HasDatabaseName("ix_user_team_email").IsUnique().HasFilter("deleted_at IS NULL");
            b.HasQueryFilter("SoftDelete", e => e.DeletedAt == null);
        });

        modelBuilder.Entity<Post>(b =>
        {
            b.ToTable("post");
            b.HasKey(e => e.Id).HasName("pk_post");
            b.Property(e => e.Id).HasColumnName("id");
            b.Property(e => e.Title).HasColumnName("title");
            b.Property(e => e.AuthorId).HasColumnName("author_id");
            b.Property(e => e.CategoryId).HasColumnName("category_id");
            b.Property(e => e.Tags).HasColumnName("tags").HasColumnType("jsonb").HasConversion(Json.Converter<System.Collections.Generic.List<string>>(), Json.Comparer<System.Collections.Generic.List<string>>());
            Timestamps(b);
            b.HasOne(e => e.Author).WithMany(u => u.Posts).HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_post_user_author_id");
            b.HasOne(e => e.Category).WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.ClientSetNull).HasConstraintName("fk_post_category_category_id");
            b.HasIndex(e => e.Title).HasDatabaseName("ix_post_title");
            b.HasIndex(e => e.AuthorId).HasDatabaseName("ix_post_author_id");
            b.HasIndex(e => e.CategoryId).HasDatabaseName("ix_post_category_id");
        });

        modelBuilder.Entity<Team>(b =>
        {
            b.ToTable("team", t => t.HasComment("A group of users."));
            b.HasKey(e => e.Id).HasName("pk_team");
            b.Property(e => e.Id).HasColumnName("id");
            b.Property(e => e.Name).HasColumnName("name").HasMaxLength(100);
            Timestamps(b);
            b.HasIndex(e => e.Name).HasDatabaseName("ix_team_name").IsUnique();
        });

        modelBuilder.Entity<Role>(b =>
        {
            b.ToTable("role");
            b.HasKey(e => e.Id).HasName("pk_role");
            b.Property(e => e.Id).HasColumnName("id");
            b.Property(e => e.Name).HasColumnName("name");
            Timestamps(b);
            b.HasIndex(e => e.Name).HasDatabaseName("ix_role_name").IsUnique();
        });

        modelBuilder.Entity<UserRoleLink>(b =>
        {
            b.ToTable("user_role_link");
            b.HasKey(e => new { e.UserId, e.RoleId }).HasName("pk_user_role_link");
            b.Property(e => e.UserId).HasColumnName("user_id");
            b.Property(e => e.RoleId).HasColumnName("role_id");
            b.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_user_role_link_user_user_id");
            b.HasOne<Role>().WithMany().HasForeignKey(e => e.RoleId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_user_role_link_role_role_id");
            b.HasIndex(e => e.RoleId).HasDatabaseName("ix_user_role_link_role_id");
        });

        modelBuilder.Entity<Category>(b =>
        {
            b.ToTable("category");
            b.HasKey(e => e.Id).HasName("pk_category");
            b.Property(e => e.Id).HasColumnName("id");
            b.Property(e => e.Slug).HasColumnName("slug");
            b.Property(e => e.Name).HasColumnName("name");
            b.Property(e => e.ParentId).HasColumnName("parent_id");
            Timestamps(b);
            b.HasOne(e => e.Parent).WithMany(e => e.Children).HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.ClientSetNull).HasConstraintName("fk_category_category_parent_id");
            b.HasIndex(e => e.Slug).HasDatabaseName("ix_category_slug").IsUnique();
            b.HasIndex(e => e.ParentId).HasDatabaseName("ix_category_parent_id");
        });

        modelBuilder.Entity<Order>(b =>
        {
            b.ToTable("order", t =>
            {
                t.HasCheckConstraint("ck_order_status", "status IN ('pending', 'shipped', 'delivered')");
                t.HasCheckConstraint("ck_order_total_not_negative", "total >= 0");
            });
            b.HasKey(e => e.Id).HasName("pk_order");
            b.Property(e => e.Id).HasColumnName("id");
            b.Property(e => e.CustomerId).HasColumnName("customer_id");
            b.Property(e => e.Status).HasColumnName("status").HasComment("pending, shipped or delivered");
            b.Property(e => e.Total).HasColumnName("total").HasColumnType("numeric(12,2)");
            b.Property(e => e.ShippingAddress).HasColumnName("shipping_address").HasColumnType("jsonb").HasConversion(Json.Converter<Address?>(), Json.Comparer<Address?>());
            Timestamps(b);
            b.HasOne<User>().WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_order_user_customer_id");
            b.HasIndex(e => e.CustomerId).HasDatabaseName("ix_order_customer_id");
        });
    }

    private static void Timestamps<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b)
        where T : TimestampMixin
    {
        b.Property(e => e.CreatedAt).HasColumnName("created_at").HasColumnType("timestamp with time zone").IsRequired().HasDefaultValueSql("now()");
        b.Property(e => e.UpdatedAt).HasColumnName("updated_at").HasColumnType("timestamp with time zone").IsRequired().HasDefaultValueSql("now()");
    }

    private static class Json
    {
        public static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> Converter<T>()
            => new(v => System.Text.Json.JsonSerializer.Serialize(v, (System.Text.Json.JsonSerializerOptions?)null), s => System.Text.Json.JsonSerializer.Deserialize<T>(s, (System.Text.Json.JsonSerializerOptions?)null)!);

        public static Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<T> Comparer<T>()
            => new(
                (a, b) => System.Text.Json.JsonSerializer.Serialize(a, (System.Text.Json.JsonSerializerOptions?)null) == System.Text.Json.JsonSerializer.Serialize(b, (System.Text.Json.JsonSerializerOptions?)null),
                v => System.Text.Json.JsonSerializer.Serialize(v, (System.Text.Json.JsonSerializerOptions?)null).GetHashCode(),
                v => System.Text.Json.JsonSerializer.Deserialize<T>(System.Text.Json.JsonSerializer.Serialize(v, (System.Text.Json.JsonSerializerOptions?)null), (System.Text.Json.JsonSerializerOptions?)null)!);
    }
}
