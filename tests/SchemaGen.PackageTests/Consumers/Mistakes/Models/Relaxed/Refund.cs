using System;
using SchemaGen;

namespace Mistakes.Models.Relaxed;

[Entity]
public class Refund
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    // SG1002, turned off by .editorconfig.
    [Field(ForeignKey = "customer.id")]
    public Guid CustomerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
