using System;
using System.Collections.Generic;
using System.Text.Json;
using SchemaGen;

namespace SchemaGen.IntegrationTests.Models.Features;

// Features the seed model does not show, each in the "features" schema.

/// <summary>A UUID key the server generates (DefaultSql), instead of the client-side UUIDv7.</summary>
[Entity(Schema = "features")]
public class Device
{
    [Field(PrimaryKey = true, DefaultSql = "gen_random_uuid()")]
    public Guid Id { get; set; }

    [Field(MaxLength = 40, Comment = "Shown in the device list.")]
    public string Label { get; set; } = "";

    [Field(ColumnType = "citext", Name = "serial_no")]
    public string? SerialNumber { get; set; }
}

/// <summary>Index methods, INCLUDE columns, NULLS NOT DISTINCT, and every jsonb CLR type.</summary>
[Entity(Schema = "features")]
[TableIndex("ix_document_tags", nameof(Tags), Method = "gin")]
[TableIndex("ix_document_owner_title", "owner_id", nameof(Title), Include = new[] { nameof(Summary) })]
[TableIndex("ix_document_external_ref", nameof(ExternalRef), Unique = true, NullsDistinct = false)]
[TableIndex("ix_document_created", nameof(Created), Method = "brin")]
public class Document
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    public Guid OwnerId { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string? ExternalRef { get; set; }

    public DateTimeOffset Created { get; set; }

    [Field(Jsonb = true)]
    public JsonDocument? Tags { get; set; }

    [Field(Jsonb = true)]
    public string Settings { get; set; } = "{}";

    [Field(Jsonb = true)]
    public JsonElement Extra { get; set; }

    [Field(Jsonb = true)]
    public Dictionary<string, object?> Attributes { get; set; } = new();

    [Field(Jsonb = true)]
    public List<Revision> Revisions { get; set; } = new();

    [Field(Jsonb = true)]
    public Revision? Latest { get; set; }
}

/// <summary>A plain class stored inside jsonb.</summary>
public sealed class Revision
{
    public int Number { get; set; }

    public string Author { get; set; } = "";

    public List<string> Changes { get; set; } = new();

    public Dictionary<string, int>? Counts { get; set; }
}

/// <summary>Generated names longer than 63 bytes that share their first 63 bytes.</summary>
[Entity(Schema = "features")]
public class MeasurementSeriesForTheLongRunningEnvironmentalMonitoringProgramme
{
    [Field(PrimaryKey = true)]
    public long Id { get; set; }

    [Field(Index = true)]
    public string StationIdentifierAssignedByTheNationalRegistryFirst { get; set; } = "";

    [Field(Index = true)]
    public string StationIdentifierAssignedByTheNationalRegistrySecond { get; set; } = "";
}

/// <summary>DateTime (not DateTimeOffset) timestamps and values.</summary>
[Entity(Schema = "features")]
public class Reading
{
    [Field(PrimaryKey = true)]
    public long Id { get; set; }

    public DateTime TakenAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public double Value { get; set; }
}
