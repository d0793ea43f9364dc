using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.UnmappableEntityAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class UnmappableEntityAnalyzerTests
{
    [Fact]
    public Task Static_generic_and_hidden_entities_are_reported() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public static class {|#0:Settings|}
        {
        }

        [Entity]
        public class {|#1:Tenant|}<T>
        {
            public System.Guid Id { get; set; }
        }

        public class Host
        {
            [Entity]
            private class {|#2:Secret|}
            {
                public System.Guid Id { get; set; }
            }
        }
        """,
        Verify.Diagnostic(Descriptors.UnmappableEntity).WithLocation(0).WithArguments("Settings", "it is static", "Remove 'static': EF Core maps instances."),
        Verify.Diagnostic(Descriptors.UnmappableEntity).WithLocation(1).WithArguments("Tenant", "it is generic", "Map a closed, non-generic class that derives from it instead."),
        Verify.Diagnostic(Descriptors.UnmappableEntity).WithLocation(2).WithArguments("Secret", "it is nested in a private or protected class, which generated code cannot name", "Make the enclosing classes internal or public, or move the entity out."));

    [Fact]
    public Task Abstract_sealed_record_and_internal_nested_entities_are_fine() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public abstract class Animal
        {
            public System.Guid Id { get; set; }
        }

        [Entity]
        public sealed record Dog
        {
            public System.Guid Id { get; set; }
        }

        public static class Outer
        {
            [Entity]
            internal class Inner
            {
                public System.Guid Id { get; set; }
            }
        }
        """);

    [Fact]
    public Task Static_class_without_Entity_is_not_judged() => Verify.VerifyAsync("""
        public static class Helpers
        {
        }
        """);
}
