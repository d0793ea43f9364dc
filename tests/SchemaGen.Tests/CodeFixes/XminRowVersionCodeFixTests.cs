using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.ByteArrayRowVersionAnalyzer, SchemaGen.CodeFixes.XminRowVersionCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class XminRowVersionCodeFixTests
{
    [Fact]
    public Task Fix_all_turns_byte_array_row_versions_into_Timestamp_uint() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Invoice
        {
            public Guid Id { get; set; }

            [Timestamp]
            [Column(TypeName = "bytea")]
            public byte[] {|#0:Stamp|} { get; set; } = Array.Empty<byte>();
        }

        [Entity]
        public class Payment
        {
            public Guid Id { get; set; }

            [ConcurrencyCheck]
            public byte[]? {|#1:RowVersion|} { get; set; }
        }

        [Entity]
        public class Refund
        {
            public Guid Id { get; set; }

            [System.ComponentModel.DataAnnotations.ConcurrencyCheckAttribute, Field(ColumnType = "rowversion")]
            public byte[] {|#2:Version|} { get; set; } = new byte[8];
        }
        """, """
        using System;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Invoice
        {
            public Guid Id { get; set; }

            [Timestamp]
            [Column]
            public uint Stamp { get; set; }
        }

        [Entity]
        public class Payment
        {
            public Guid Id { get; set; }

            [Timestamp]
            public uint RowVersion { get; set; }
        }

        [Entity]
        public class Refund
        {
            public Guid Id { get; set; }

            [System.ComponentModel.DataAnnotations.TimestampAttribute, Field]
            public uint Version { get; set; }
        }
        """,
        XminRowVersionCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.ByteArrayRowVersion).WithLocation(0).WithArguments("invoice.stamp", "Stamp"),
        Verify.Diagnostic(Descriptors.ByteArrayRowVersion).WithLocation(1).WithArguments("payment.row_version", "RowVersion"),
        Verify.Diagnostic(Descriptors.ByteArrayRowVersion).WithLocation(2).WithArguments("refund.version", "Version"));
}
