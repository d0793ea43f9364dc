using System;
using System.Threading;
using System.Threading.Tasks;
using Blog.Models;
using Microsoft.EntityFrameworkCore;
using SchemaGen.IntegrationTests.Infrastructure;
using SchemaGen.IntegrationTests.Models;
using SchemaGen.IntegrationTests.Models.Features;
using Xunit;

namespace SchemaGen.IntegrationTests;

/// <summary>Nothing the generated model maps is lost or bent on its way through PostgreSQL.</summary>
public sealed class DataSafetyTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DateTime_values_come_back_in_utc_equal_to_the_microsecond_PostgreSQL_keeps()
    {
        var connectionString = await server.CreateDatabaseAsync();
        // 100-nanosecond ticks below the microsecond that timestamptz keeps.
        var written = new DateTime(2026, 11, 25, 13, 14, 15, DateTimeKind.Utc).AddTicks(1234567);
        long id;
        await using (var context = FeaturesContext.Create(connectionString))
        {
            await context.Database.EnsureCreatedAsync(Cancellation);
            var reading = new Reading { TakenAt = written, Value = 1.5 };
            context.Add(reading);
            await context.SaveChangesAsync(Cancellation);
            id = reading.Id;

            // The interceptor's timestamps are already rounded to what the server keeps.
            Assert.Equal(0, reading.CreatedAt.Ticks % 10);
            Assert.Equal(DateTimeKind.Utc, reading.CreatedAt.Kind);
        }

        await using (var context = FeaturesContext.Create(connectionString))
        {
            var stored = await context.Readings.SingleAsync(r => r.Id == id, Cancellation);
            Assert.Equal(DateTimeKind.Utc, stored.TakenAt.Kind);
            Assert.Equal(written.Ticks - (written.Ticks % 10), stored.TakenAt.Ticks);
            Assert.Equal(stored.CreatedAt, stored.UpdatedAt);
            Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        }

        Assert.Equal("timestamp with time zone", await RawSql.ScalarAsync<string>(
            connectionString,
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'features.reading'::regclass AND attname = 'taken_at'",
            Cancellation));
    }

    [Fact]
    public async Task UpdatedAt_never_moves_backwards()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var context = BlogContext.Create(connectionString))
        {
            await context.Database.EnsureCreatedAsync(Cancellation);
            context.Add(new Team { Name = "Clocks" });
            await context.SaveChangesAsync(Cancellation);
        }

        // Another writer, whose clock runs an hour ahead, touched the row last.
        await RawSql.ExecuteAsync(connectionString, "UPDATE team SET updated_at = now() + interval '1 hour'", Cancellation);
        var ahead = await RawSql.ScalarAsync<DateTime>(connectionString, "SELECT updated_at FROM team", Cancellation);

        await using (var context = BlogContext.Create(connectionString))
        {
            var team = await context.Teams.SingleAsync(Cancellation);
            team.Name = "Watches";
            await context.SaveChangesAsync(Cancellation);
            Assert.True(team.UpdatedAt.UtcDateTime >= ahead, $"{team.UpdatedAt:O} < {ahead:O}");
        }

        var after = await RawSql.ScalarAsync<DateTime>(connectionString, "SELECT updated_at FROM team", Cancellation);
        Assert.True(after >= ahead, $"{after:O} < {ahead:O}");
    }

    [Fact]
    public async Task A_soft_deleted_row_is_still_in_the_table_with_its_values()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var context = BlogContext.Create(connectionString))
        {
            await context.Database.EnsureCreatedAsync(Cancellation);
            var user = new User { Email = "kept@example.com", Name = "Kept", Metadata = { ["k"] = "v" } };
            context.Add(user);
            await context.SaveChangesAsync(Cancellation);
            context.Remove(user);
            await context.SaveChangesAsync(Cancellation);
        }

        Assert.Equal("kept@example.com|Kept|v|true", await RawSql.ScalarAsync<string>(
            connectionString,
            "SELECT email || '|' || name || '|' || (metadata->>'k') || '|' || (deleted_at IS NOT NULL)::text FROM \"user\"",
            Cancellation));
    }
}
