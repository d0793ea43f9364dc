using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.LinkModelAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class LinkModelAnalyzerTests
{
    private static string Sides(string link) => $$"""
        [Entity]
        public class User
        {
            public Guid Id { get; set; }

            [Relationship(BackPopulates = nameof(Role.Users), LinkModel = typeof({{link}}))]
            public List<Role> {|#0:Roles|} { get; set; } = new();
        }

        [Entity]
        public class Role
        {
            public Guid Id { get; set; }

            [Relationship(BackPopulates = nameof(User.Roles), LinkModel = typeof({{link}}))]
            public List<User> {|#1:Users|} { get; set; } = new();
        }
        """;

    [Fact]
    public Task Link_model_that_is_no_entity_is_flagged_on_both_navigations() => Verify.VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        {{Sides("UserRoleLink")}}

        public class UserRoleLink
        {
            public Guid UserId { get; set; }
            public Guid RoleId { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.InvalidLinkModel).WithLocation(0).WithArguments(
            "UserRoleLink", "User.Roles", "is no [Entity]; mark it [Entity] with a [Field(ForeignKey = ...)] to 'user' and one to 'role'."),
        Verify.Diagnostic(Descriptors.InvalidLinkModel).WithLocation(1).WithArguments(
            "UserRoleLink", "Role.Users", "is no [Entity]; mark it [Entity] with a [Field(ForeignKey = ...)] to 'role' and one to 'user'."));

    [Fact]
    public Task Link_entity_without_a_foreign_key_to_one_side_is_flagged() => Verify.VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        {{Sides("UserRoleLink")}}

        [Entity]
        public class UserRoleLink
        {
            [Field(ForeignKey = "user.id", PrimaryKey = true)]
            public Guid UserId { get; set; }

            [Field(PrimaryKey = true)]
            public Guid RoleId { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.InvalidLinkModel).WithLocation(0).WithArguments(
            "UserRoleLink", "User.Roles", "has no foreign key to 'role'. Add [Field(ForeignKey = \"role.id\", PrimaryKey = true)] public <key type> RoleId { get; set; } to 'UserRoleLink'."),
        Verify.Diagnostic(Descriptors.InvalidLinkModel).WithLocation(1).WithArguments(
            "UserRoleLink", "Role.Users", "has no foreign key to 'role'. Add [Field(ForeignKey = \"role.id\", PrimaryKey = true)] public <key type> RoleId { get; set; } to 'UserRoleLink'."));

    [Fact]
    public Task Self_referencing_link_needs_two_foreign_keys() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }

            [Relationship(LinkModel = typeof(Friendship))]
            public List<User> {|#0:Friends|} { get; set; } = new();
        }

        [Entity]
        public class Friendship
        {
            [Field(ForeignKey = "user.id", PrimaryKey = true)]
            public Guid UserId { get; set; }

            [Field(PrimaryKey = true)]
            public Guid FriendId { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.InvalidLinkModel).WithLocation(0).WithArguments(
            "Friendship", "User.Friends", "needs two foreign keys to 'user', one for each side of the relationship; it has 1. Add [Field(ForeignKey = \"user.id\", PrimaryKey = true)] properties."));

    [Fact]
    public Task The_seeds_link_model_is_fine() => Verify.VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        {{Sides("UserRoleLink").Replace("{|#0:", "").Replace("{|#1:", "").Replace("Roles|}", "Roles").Replace("Users|}", "Users")}}

        [Entity]
        public class UserRoleLink
        {
            [Field(ForeignKey = "user.id", PrimaryKey = true)]
            public Guid UserId { get; set; }

            [Field(ForeignKey = nameof(Role) + "." + nameof(Role.Id), PrimaryKey = true)]
            public Guid RoleId { get; set; }
        }
        """);

    [Fact]
    public Task Self_reference_with_two_keys_and_a_link_with_an_unresolved_key_are_not_flagged() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }

            [Relationship(LinkModel = typeof(Friendship))]
            public List<User> Friends { get; set; } = new();

            [Relationship(LinkModel = typeof(Follow))]
            public List<User> Follows { get; set; } = new();
        }

        [Entity]
        public class Friendship
        {
            [Field(ForeignKey = "user.id", PrimaryKey = true)]
            public Guid UserId { get; set; }

            [Field(ForeignKey = "user.id", PrimaryKey = true)]
            public Guid FriendId { get; set; }
        }

        [Entity]
        public class Follow
        {
            [Field(ForeignKey = "user.id", PrimaryKey = true)]
            public Guid UserId { get; set; }

            [Field(ForeignKey = "usr.id", PrimaryKey = true)]
            public Guid FolloweeId { get; set; }
        }
        """);
}
