using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.PluralTableNameAnalyzer, SchemaGen.CodeFixes.SingularTableNameCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class SingularTableNameCodeFixTests
{
    [Fact]
    public Task Renames_the_class_and_its_references() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        [Entity]
        public class {|#0:Categories|}
        {
            public Guid Id { get; set; }

            public List<Categories> Children { get; set; } = new List<Categories>();
        }

        public static class Catalog
        {
            public static Categories Root() => new Categories();
        }
        """, """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        [Entity]
        public class Category
        {
            public Guid Id { get; set; }

            public List<Category> Children { get; set; } = new List<Category>();
        }

        public static class Catalog
        {
            public static Category Root() => new Category();
        }
        """,
        SingularTableNameCodeFix.RenameClassEquivalenceKey,
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(0).WithArguments(
            "categories", "category", "Rename the class to 'Category', or set [Entity(Name = \"category\")]."));

    [Fact]
    public Task Sets_the_singular_table_name_and_keeps_other_arguments() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity(Schema = "shop")]
        public class {|#0:People|}
        {
            public Guid Id { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity(Schema = "shop", Name = "person")]
        public class People
        {
            public Guid Id { get; set; }
        }
        """,
        SingularTableNameCodeFix.SetNameEquivalenceKey,
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(0).WithArguments(
            "people", "person", "Rename the class to 'Person', or set [Entity(Name = \"person\")]."));

    [Fact]
    public Task Replaces_a_plural_explicit_name() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity(Name = "categories")]
        public class {|#0:Category|}
        {
            public Guid Id { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity(Name = "category")]
        public class Category
        {
            public Guid Id { get; set; }
        }
        """,
        SingularTableNameCodeFix.SetNameEquivalenceKey,
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(0).WithArguments("categories", "category", "Set [Entity(Name = \"category\")]."));

    [Fact]
    public Task Fix_all_sets_every_singular_name() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class {|#0:Users|}
        {
            public Guid Id { get; set; }
        }

        [Entity(Name = "order_lines")]
        public class {|#1:OrderLine|}
        {
            public Guid Id { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity(Name = "user")]
        public class Users
        {
            public Guid Id { get; set; }
        }

        [Entity(Name = "order_line")]
        public class OrderLine
        {
            public Guid Id { get; set; }
        }
        """,
        SingularTableNameCodeFix.SetNameEquivalenceKey,
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(0).WithArguments("users", "user", "Rename the class to 'User', or set [Entity(Name = \"user\")]."),
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(1).WithArguments("order_lines", "order_line", "Set [Entity(Name = \"order_line\")]."));

    [Fact]
    public Task Fix_all_renames_every_plural_class() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        [Entity]
        public class {|#0:Users|}
        {
            public Guid Id { get; set; }

            public List<Roles> Roles { get; set; } = new List<Roles>();
        }

        [Entity]
        public class {|#1:Roles|}
        {
            public Guid Id { get; set; }

            public List<Users> Members { get; set; } = new List<Users>();
        }
        """, """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }

            public List<Role> Roles { get; set; } = new List<Role>();
        }

        [Entity]
        public class Role
        {
            public Guid Id { get; set; }

            public List<User> Members { get; set; } = new List<User>();
        }
        """,
        SingularTableNameCodeFix.RenameClassEquivalenceKey,
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(0).WithArguments("users", "user", "Rename the class to 'User', or set [Entity(Name = \"user\")]."),
        Verify.Diagnostic(Descriptors.PluralTableName).WithLocation(1).WithArguments("roles", "role", "Rename the class to 'Role', or set [Entity(Name = \"role\")]."));
}
