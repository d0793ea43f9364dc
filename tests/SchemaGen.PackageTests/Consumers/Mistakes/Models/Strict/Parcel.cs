using System;
using SchemaGen;

namespace Mistakes.Models.Strict;

[Entity]
public class Parcel
{
    [Field(PrimaryKey = true)]
    public Guid Id { get; set; }

    // SG1002, raised to an error by .editorconfig.
    [Field(ForeignKey = "customer.id")]
    public Guid CustomerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
