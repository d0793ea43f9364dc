using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.ByteArrayRowVersionAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class ByteArrayRowVersionAnalyzerTests
{
    [Fact]
    public Task Byte_array_row_versions_are_flagged_on_the_property() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations;
        using SchemaGen;

        [Entity]
        public class Invoice
        {
            public Guid Id { get; set; }

            [Timestamp]
            public byte[] {|#0:Stamp|} { get; set; } = Array.Empty<byte>();
        }

        [Entity]
        public class Payment
        {
            public Guid Id { get; set; }

            [ConcurrencyCheck]
            public byte[]? {|#1:RowVersion|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.ByteArrayRowVersion).WithLocation(0).WithArguments("invoice.stamp", "Stamp"),
        Verify.Diagnostic(Descriptors.ByteArrayRowVersion).WithLocation(1).WithArguments("payment.row_version", "RowVersion"));

    [Fact]
    public Task Uint_xmin_token_and_app_managed_tokens_are_fine() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations;
        using SchemaGen;

        [Entity]
        public class Invoice
        {
            public Guid Id { get; set; }

            [Timestamp]
            public uint Version { get; set; }

            [ConcurrencyCheck]
            public string ConcurrencyStamp { get; set; } = "";

            [ConcurrencyCheck]
            public byte[] Checksum { get; set; } = Array.Empty<byte>();
        }
        """);

    [Fact]
    public Task Plain_byte_arrays_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Attachment
        {
            public Guid Id { get; set; }

            public byte[] Content { get; set; } = Array.Empty<byte>();

            public byte[]? Version { get; set; }
        }
        """);
}
