using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.CheckEnumAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class CheckEnumAnalyzerTests
{
    private static string Order(string check, string field = "") => $$"""
        using System;
        using SchemaGen;

        public enum OrderStatus { Pending, Shipped, Delivered }

        [Entity]
        [{|#0:Check("{{check}}", Name = "status")|}]
        public class Order
        {
            public Guid Id { get; set; }

            {{field}}
            public OrderStatus Status { get; set; }
        }
        """;

    [Fact]
    public Task Strings_for_an_integer_mapped_enum_are_flagged_on_the_check() => Verify.VerifyAsync(
        Order("status IN ('pending', 'shipped', 'delivered')"),
        Verify.Diagnostic(Descriptors.CheckEnumMismatch).WithLocation(0).WithArguments(
            "ck_order_status",
            "order.status",
            "OrderStatus",
            "EF Core stores the enum as an integer (no ColumnType), but the check lists 'pending', 'shipped', 'delivered', so every insert fails; list the numbers (0 = Pending, 1 = Shipped, 2 = Delivered), or set ColumnType = \"text\" to store the member names"));

    [Fact]
    public Task Text_column_compares_member_names_case_sensitively() => Verify.VerifyAsync(
        Order("status IN ('pending', 'Shipped')", "[Field(ColumnType = \"text\")]"),
        Verify.Diagnostic(Descriptors.CheckEnumMismatch).WithLocation(0).WithArguments(
            "ck_order_status",
            "order.status",
            "OrderStatus",
            "'Pending', 'Delivered' are members the check does not allow, so saving them fails; 'pending' is no member (EF Core writes the member names as declared ('Pending', 'Shipped', 'Delivered') and the check compares them case-sensitively)"));

    [Fact]
    public Task Integer_list_missing_a_member_is_flagged() => Verify.VerifyAsync(
        Order("status IN (0, 1, 7)"),
        Verify.Diagnostic(Descriptors.CheckEnumMismatch).WithLocation(0).WithArguments(
            "ck_order_status", "order.status", "OrderStatus", "2 (Delivered) is a member the check does not allow, so saving it fails; 7 is no member"));

    [Fact]
    public Task PostgreSQL_enum_compares_Npgsql_labels() => Verify.VerifyAsync("""
        using System;
        using NpgsqlTypes;
        using SchemaGen;

        public enum ShippingState { Pending, InTransit, [PgName("done")] Delivered }

        [Entity]
        [{|#0:Check("state = ANY (ARRAY['pending'::shipping_state, 'in_transit'])")|}]
        public class Shipment
        {
            public Guid Id { get; set; }

            [Field(ColumnType = "shipping_state")]
            public ShippingState State { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.CheckEnumMismatch).WithLocation(0).WithArguments(
            "ck_shipment_1", "shipment.state", "ShippingState", "'done' is a member the check does not allow, so saving it fails"));

    [Theory]
    [InlineData("status IN ('Pending', 'Shipped', 'Delivered')", "[Field(ColumnType = \"varchar(20)\")]")]
    [InlineData("status IN (0, 1, 2) AND note <> 'x'", "")]
    [InlineData("status NOT IN (7)", "")]
    [InlineData("status::int IN (0, 1, 2)", "")]
    public Task Values_that_match_what_EF_Core_writes_are_fine(string check, string field) => Verify.VerifyAsync(
        Order(check, field).Replace("{|#0:", string.Empty).Replace(")|}]", ")]"));

    [Fact]
    public Task Flags_enums_and_plain_text_columns_are_not_judged() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Flags]
        public enum Permissions { None = 0, Read = 1, Write = 2 }

        [Entity]
        [Check("permissions IN (0, 1, 2, 3)")]
        [Check("kind IN ('a', 'b')")]
        public class Grant
        {
            public Guid Id { get; set; }
            public Permissions Permissions { get; set; }
            public string Kind { get; set; } = "";
        }
        """);
}
