using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Tests.Infrastructure;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.IntPrimaryKeyAnalyzer, SchemaGen.CodeFixes.LongKeyCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class LongKeyCodeFixTests
{
    [Fact]
    public Task Widens_the_key_and_its_foreign_keys() => Verify.VerifyAsync("""
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

            [Field(ForeignKey = "team.id", Index = true)]
            public Nullable<int> {|#2:FormerTeamId|} { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Team
        {
            public long Id { get; set; }
        }

        [Entity]
        public class Player
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "team.id", Index = true)]
            public long TeamId { get; set; }

            [Field(ForeignKey = "team.id", Index = true)]
            public long? FormerTeamId { get; set; }
        }
        """,
        LongKeyCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.IntPrimaryKey).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("team", "id", "an int (integer)", "2,147,483,647"));

    [Fact]
    public Task Fix_all_widens_every_key_and_foreign_key() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public class Team
        {
            public int {|#0:Id|} { get; set; } = 0;

            [Field(ForeignKey = "league.id", Index = true)]
            public short {|#1:LeagueId|} { get; set; }
        }

        [Entity]
        public class League
        {
            [Field(PrimaryKey = true)]
            public System.Int16 {|#2:Id|} { get; set; }

            [Field(ForeignKey = "team.id", Index = true)]
            public int? {|#3:ChampionId|} { get; set; }
        }
        """, """
        using SchemaGen;

        [Entity]
        public class Team
        {
            public long Id { get; set; } = 0;

            [Field(ForeignKey = "league.id", Index = true)]
            public long LeagueId { get; set; }
        }

        [Entity]
        public class League
        {
            [Field(PrimaryKey = true)]
            public long Id { get; set; }

            [Field(ForeignKey = "team.id", Index = true)]
            public long? ChampionId { get; set; }
        }
        """,
        LongKeyCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.IntPrimaryKey).WithLocation(0).WithLocation(3).WithArguments("team", "id", "an int (integer)", "2,147,483,647"),
        Verify.Diagnostic(Descriptors.IntPrimaryKey).WithLocation(2).WithLocation(1).WithArguments("league", "id", "a short (smallint)", "32,767"));

    [Fact]
    public async Task Widens_foreign_keys_in_other_documents()
    {
        var test = new RuleCodeFixTest<SchemaGen.Generator.Analyzers.IntPrimaryKeyAnalyzer, LongKeyCodeFix>
        {
            CodeActionEquivalenceKey = LongKeyCodeFix.EquivalenceKey,
        };
        Infrastructure.TestSetup.Configure(test.TestState, test);
        Infrastructure.TestSetup.Configure(test.FixedState, null);
        test.TestState.Sources.Add(("Team.cs", """
            using SchemaGen;

            [Entity]
            public class Team
            {
                public int {|#0:Id|} { get; set; }
            }
            """));
        test.TestState.Sources.Add(("Player.cs", """
            using SchemaGen;

            [Entity]
            public class Player
            {
                public long Id { get; set; }

                [Field(ForeignKey = "team.id", Index = true)]
                public int {|#1:TeamId|} { get; set; }
            }
            """));
        test.FixedState.Sources.Add(("Team.cs", """
            using SchemaGen;

            [Entity]
            public class Team
            {
                public long Id { get; set; }
            }
            """));
        test.FixedState.Sources.Add(("Player.cs", """
            using SchemaGen;

            [Entity]
            public class Player
            {
                public long Id { get; set; }

                [Field(ForeignKey = "team.id", Index = true)]
                public long TeamId { get; set; }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.IntPrimaryKey).WithLocation(0).WithLocation(1).WithArguments("team", "id", "an int (integer)", "2,147,483,647"));
        await test.RunAsync(TestContext.Current.CancellationToken);
    }
}
