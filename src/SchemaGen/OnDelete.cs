namespace SchemaGen;

/// <summary>What PostgreSQL does to dependent rows when the referenced row is deleted.</summary>
public enum OnDelete
{
    /// <summary><c>ON DELETE NO ACTION</c>: the delete fails while dependent rows exist (checked at the end of the statement).</summary>
    NoAction = 0,

    /// <summary><c>ON DELETE RESTRICT</c>: the delete fails while dependent rows exist (checked at once).</summary>
    Restrict = 1,

    /// <summary><c>ON DELETE CASCADE</c>: dependent rows are deleted too.</summary>
    Cascade = 2,

    /// <summary><c>ON DELETE SET NULL</c>: the foreign key of dependent rows is set to <c>NULL</c>.</summary>
    SetNull = 3,
}
