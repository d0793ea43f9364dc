using System;

namespace SchemaGen;

/// <summary>
/// Describes a navigation property, like SQLModel's <c>Relationship(...)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class RelationshipAttribute : Attribute
{
    /// <summary>The name of the inverse navigation on the other entity (<c>nameof(User.Posts)</c>).</summary>
    public string? BackPopulates { get; set; }

    /// <summary>The link entity of a many-to-many relationship (<c>typeof(UserRoleLink)</c>).</summary>
    public Type? LinkModel { get; set; }

    /// <summary>The name of the foreign-key property, when it is not <c>&lt;Navigation&gt;Id</c>.</summary>
    public string? ForeignKey { get; set; }
}
