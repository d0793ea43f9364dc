using Microsoft.EntityFrameworkCore;

namespace SchemaGen.IntegrationTests.Models.Features;

public sealed class FeaturesContext(DbContextOptions<FeaturesContext> options) : DbContext(options)
{
    public DbSet<Device> Devices => Set<Device>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<Reading> Readings => Set<Reading>();

    public DbSet<MeasurementSeriesForTheLongRunningEnvironmentalMonitoringProgramme> Measurements
        => Set<MeasurementSeriesForTheLongRunningEnvironmentalMonitoringProgramme>();

    public static FeaturesContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<FeaturesContext>().UseNpgsql(connectionString).UseSchemaGen().Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("citext");
        modelBuilder.ApplyConfiguration(new DeviceSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new ReadingSchemaGenConfiguration());
        modelBuilder.ApplyConfiguration(new MeasurementSeriesForTheLongRunningEnvironmentalMonitoringProgrammeSchemaGenConfiguration());
    }
}
