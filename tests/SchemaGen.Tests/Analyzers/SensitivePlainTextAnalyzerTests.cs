using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.SensitivePlainTextAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class SensitivePlainTextAnalyzerTests
{
    [Theory]
    [InlineData("string", "Password", "password", "password")]
    [InlineData("string", "ApiKey", "api_key", "api_key")]
    [InlineData("string", "APIKey", "api_key", "api_key")]
    [InlineData("string?", "RefreshToken", "refresh_token", "token")]
    [InlineData("string", "Ssn", "ssn", "ssn")]
    [InlineData("string", "CreditCardNumber", "credit_card_number", "credit_card")]
    [InlineData("string", "Iban", "iban", "iban")]
    [InlineData("byte[]", "PrivateKey", "private_key", "private_key")]
    [InlineData("string", "ClientSecret", "client_secret", "secret")]
    public Task Secret_looking_text_column_is_flagged_on_the_property(string type, string property, string column, string term) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }
            public {{type}} {|#0:{{property}}|} { get; set; } = default!;
        }
        """,
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(0).WithArguments("account", column, term, property + "Hash"));

    [Fact]
    public Task Explicit_column_name_is_matched_too() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            [Field(Name = "pwd")]
            public string {|#0:Secretless|} { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(0).WithArguments("account", "pwd", "pwd", "SecretlessHash"));

    [Theory]
    [InlineData("public string PasswordHash { get; set; } = \"\";")]
    [InlineData("public string EncryptedApiKey { get; set; } = \"\";")]
    [InlineData("public byte[] TokenDigest { get; set; } = default!;")]
    [InlineData("[Field(Sensitive = true)] public string Password { get; set; } = \"\";")]
    [InlineData("public string TokenizerName { get; set; } = \"\";")]
    [InlineData("public string TokenType { get; set; } = \"\";")]
    [InlineData("public string PasswordHint { get; set; } = \"\";")]
    [InlineData("public string CardNumberLast4 { get; set; } = \"\";")]
    [InlineData("public string Spinner { get; set; } = \"\";")]
    [InlineData("public int TokenCount { get; set; }")]
    [InlineData("public DateTime PasswordChangedAt { get; set; }")]
    [InlineData("[System.ComponentModel.DataAnnotations.Schema.NotMapped] public string Password { get; set; } = \"\";")]
    public Task Hashes_protected_values_and_lookalike_names_are_fine(string member) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }
            {{member}}
        }
        """);

    [Fact]
    public Task A_shared_base_class_is_reported_once() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class Credentials
        {
            public string {|#0:Password|} { get; set; } = "";
        }

        [Entity]
        public class Admin : Credentials
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Operator : Credentials
        {
            public Guid Id { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(0).WithArguments("admin", "password", "password", "PasswordHash"));

    [Theory]
    [InlineData("UserPassword", "password")]
    [InlineData("user_api_key", "api_key")]
    [InlineData("ResetTokenValue", "token")]
    [InlineData("TokenizerConfig", null)]
    [InlineData("Pinned", null)]
    [InlineData("Passwords", null)]
    public void Terms_are_whole_words(string name, string? term) => Assert.Equal(term, SensitivePlainTextAnalyzer.Term(name));
}
