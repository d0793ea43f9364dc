using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.MissingTimestampsAnalyzer, SchemaGen.CodeFixes.AddTimestampsCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class AddTimestampsCodeFixTests
{
    private const string Mixin = """
        namespace Blog.Models
        {
            public abstract class TimestampMixin
            {
                public System.DateTime CreatedAt { get; set; }
                public System.DateTime UpdatedAt { get; set; }
            }
        }
        """;

    private const string InheritAdvice = "Inherit from 'TimestampMixin', or add CreatedAt and UpdatedAt properties (DateTimeOffset).";

    [Fact]
    public Task Adds_both_properties_after_the_last_member() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public class {|#0:Post|}
        {
            public System.Guid Id { get; set; }

            public string Title { get; set; } = "";
        }
        """, """
        using SchemaGen;

        [Entity]
        public class Post
        {
            public System.Guid Id { get; set; }

            public string Title { get; set; } = "";

            public System.DateTimeOffset CreatedAt { get; set; }

            public System.DateTimeOffset UpdatedAt { get; set; }
        }
        """,
        AddTimestampsCodeFix.AddPropertiesEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments(
            "post", "created_at and updated_at", "Add CreatedAt and UpdatedAt properties (DateTimeOffset)."));

    [Fact]
    public Task Inherits_from_the_projects_timestamp_base_class() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        namespace Shop
        {
            [Entity]
            public class {|#0:Order|}
            {
                public Guid Id { get; set; }
                public decimal Total { get; set; }
            }
        }

        {{Mixin}}
        """, $$"""
        using System;
        using SchemaGen;

        namespace Shop
        {
            [Entity]
            public class Order : Blog.Models.TimestampMixin
            {
                public Guid Id { get; set; }
                public decimal Total { get; set; }
            }
        }

        {{Mixin}}
        """,
        AddTimestampsCodeFix.InheritEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments("order", "created_at and updated_at", InheritAdvice));

    [Fact]
    public Task Inheriting_puts_the_class_before_the_interfaces() => Verify.VerifyAsync($$"""
        using System;
        using Blog.Models;
        using SchemaGen;

        [Entity]
        public class {|#0:Order|} : IComparable
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }
            public int CompareTo(object? other) => 0;
        }

        {{Mixin}}
        """, $$"""
        using System;
        using Blog.Models;
        using SchemaGen;

        [Entity]
        public class Order : TimestampMixin, IComparable
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }
            public int CompareTo(object? other) => 0;
        }

        {{Mixin}}
        """,
        AddTimestampsCodeFix.InheritEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments("order", "created_at and updated_at", InheritAdvice));

    [Fact]
    public Task Fix_all_inherits_for_every_entity() => Verify.VerifyAsync($$"""
        using System;
        using Blog.Models;
        using SchemaGen;

        [Entity]
        public class {|#0:Order|}
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }
        }

        [Entity]
        public class {|#1:Invoice|}
        {
            public Guid Id { get; set; }
            public string Number { get; set; } = "";
        }

        {{Mixin}}
        """, $$"""
        using System;
        using Blog.Models;
        using SchemaGen;

        [Entity]
        public class Order : TimestampMixin
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }
        }

        [Entity]
        public class Invoice : TimestampMixin
        {
            public Guid Id { get; set; }
            public string Number { get; set; } = "";
        }

        {{Mixin}}
        """,
        AddTimestampsCodeFix.InheritEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments("order", "created_at and updated_at", InheritAdvice),
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(1).WithArguments("invoice", "created_at and updated_at", InheritAdvice));

    [Fact]
    public Task Fix_all_adds_what_each_entity_lacks() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class {|#0:Order|}
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }
        }

        [Entity]
        public class {|#1:Invoice|}
        {
            public Guid Id { get; set; }

            public DateTime CreatedAt { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Order
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }

            public DateTimeOffset CreatedAt { get; set; }

            public DateTimeOffset UpdatedAt { get; set; }
        }

        [Entity]
        public class Invoice
        {
            public Guid Id { get; set; }

            public DateTime CreatedAt { get; set; }

            public DateTimeOffset UpdatedAt { get; set; }
        }
        """,
        AddTimestampsCodeFix.AddPropertiesEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments("order", "created_at and updated_at", "Add CreatedAt and UpdatedAt properties (DateTimeOffset)."),
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(1).WithArguments("invoice", "updated_at", "Add an UpdatedAt property (DateTimeOffset)."));
}
