using System;
using SchemaGen;

namespace Backoffice;

[Entity]
public class AuditEvent
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    public string Action { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
