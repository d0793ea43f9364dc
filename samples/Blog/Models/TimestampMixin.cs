using System;

namespace Blog.Models;

/// <summary>
/// The seed guide's mixin: every mutable table gets created_at and updated_at (timestamptz NOT NULL DEFAULT now()),
/// kept current by <c>UseSchemaGen()</c>.
/// </summary>
public abstract class TimestampMixin
{
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
