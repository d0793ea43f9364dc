using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.IntPrimaryKeyAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class IntPrimaryKeyAnalyzerTests
{
    [Fact]
    public Task Int_key_is_flagged_with_the_foreign_keys_that_reference_it() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Team
        {
            public int {|#0:Id|} { get; set; }
        }

        [Entity]
        public class Player
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "team.id", Index = true)]
            public int {|#1:TeamId|} { get; set; }

            [Field(ForeignKey = nameof(Team) + "." + nameof(Team.Id), Index = true)]
            public int? {|#2:FormerTeamId|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.IntPrimaryKey).WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("team", "id", "an int (integer)", "2,147,483,647"));

    [Fact]
    public Task Short_key_from_any_key_source_is_flagged() => Verify.VerifyAsync("""
        using System.ComponentModel.DataAnnotations;
        using SchemaGen;

        [Entity]
        public class Region
        {
            [Key]
            public short {|#0:Code|} { get; set; }
        }

        [Entity]
        public class Country
        {
            [Field(PrimaryKey = true)]
            public int {|#1:Number|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.IntPrimaryKey).WithLocation(0).WithArguments("region", "code", "a short (smallint)", "32,767"),
        Verify.Diagnostic(Descriptors.IntPrimaryKey).WithLocation(1).WithArguments("country", "number", "an int (integer)", "2,147,483,647"));

    [Fact]
    public Task Long_and_Guid_keys_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Team
        {
            public long Id { get; set; }

            public int Rank { get; set; }
        }

        [Entity]
        public class Player
        {
            public Guid Id { get; set; }
        }
        """);

    [Fact]
    public Task Composite_key_of_a_link_table_and_a_key_that_is_a_foreign_key_are_not_flagged() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public class Team
        {
            public long Id { get; set; }
        }

        [Entity]
        public class Tag
        {
            public long Id { get; set; }
        }

        [Entity]
        public class TeamTag
        {
            [Field(PrimaryKey = true, ForeignKey = "team.id")]
            public long TeamId { get; set; }

            [Field(PrimaryKey = true, ForeignKey = "tag.id", Index = true)]
            public long TagId { get; set; }

            [Field(PrimaryKey = true)]
            public int Position { get; set; }
        }

        [Entity]
        public class TeamProfile
        {
            [Field(PrimaryKey = true, ForeignKey = "team.id")]
            public long TeamId { get; set; }
        }
        """);

    [Fact]
    public Task Key_on_a_shared_base_class_is_reported_once_with_the_foreign_keys_to_every_entity() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class EntityBase
        {
            public int {|#0:Id|} { get; set; }
        }

        [Entity]
        public class Team : EntityBase
        {
        }

        [Entity]
        public class Venue : EntityBase
        {
        }

        [Entity]
        public class Game
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "team.id", Index = true)]
            public int {|#1:HomeTeamId|} { get; set; }

            [Field(ForeignKey = "venue.id", Index = true)]
            public int {|#2:VenueId|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.IntPrimaryKey).WithLocation(0).WithLocation(1).WithLocation(2)
            .WithArguments("team", "id", "an int (integer)", "2,147,483,647"));
}
