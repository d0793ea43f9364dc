using System;

namespace SchemaGen;

/// <summary>
/// Rows are never deleted: removing an entity sets its <c>DeletedAt</c>, queries see only active rows,
/// and unique fields are unique among active rows. The class needs a <c>DateTime?</c> or
/// <c>DateTimeOffset?</c> property named <c>DeletedAt</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SoftDeleteAttribute : Attribute
{
}
