using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG1005: a <c>string</c> or <c>byte[]</c> column whose name says it holds a secret (password, token, api_key,
/// ssn, credit_card, ...), matched on whole words of the property and column name, without
/// <c>Sensitive = true</c> and not already named as a hash or ciphertext.
/// </summary>
public sealed class SensitivePlainTextAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Diagnostic property: the <c>*Hash</c> name the rename fix gives the property, when it is free.</summary>
    public const string NewNameKey = "NewName";

    /// <summary>Words and phrases that name a secret.</summary>
    private static readonly string[][] Terms =
    {
        new[] { "password" }, new[] { "passwd" }, new[] { "pwd" }, new[] { "passphrase" }, new[] { "secret" },
        new[] { "token" }, new[] { "apikey" }, new[] { "api", "key" }, new[] { "private", "key" }, new[] { "privatekey" },
        new[] { "access", "key" }, new[] { "ssn" }, new[] { "social", "security" }, new[] { "credit", "card" },
        new[] { "card", "number" }, new[] { "cvv" }, new[] { "cvv2" }, new[] { "cvc" }, new[] { "iban" }, new[] { "pin" },
        new[] { "otp" },
    };

    /// <summary>Words after a term that make the column describe the secret rather than hold it (<c>TokenType</c>, <c>PasswordHint</c>, <c>CardNumberLast4</c>).</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "type", "kind", "count", "length", "hint", "policy", "expiry", "expires", "expiration", "at", "id", "ids",
        "version", "prefix", "suffix", "last", "last4", "mask", "masked", "name", "url", "uri", "endpoint", "format",
        "status", "required", "enabled", "changed", "updated", "created", "strength", "rules",
    };

    /// <summary>Words that say the value is already protected.</summary>
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal)
    {
        "hash", "hashed", "digest", "encrypted", "ciphertext", "cipher", "hmac", "salt", "bcrypt", "scrypt", "argon2",
    };

    /// <summary>Creates the analyzer.</summary>
    public SensitivePlainTextAnalyzer()
        : base(Descriptors.SensitivePlainText)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        foreach (var column in context.Spec.Columns)
        {
            if (column.Sensitive || column.Jsonb || column.Type.Kind is not (TypeKind.String or TypeKind.ByteArray))
            {
                continue;
            }

            var columnName = context.Directory.ColumnOf(column);
            var term = Term(column.PropertyName) ?? Term(columnName);
            if (term is null || !context.Judges(column.PropertyName))
            {
                continue;
            }

            var newName = column.PropertyName + "Hash";
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (column.ExplicitName is null && context.FindProperty(newName) is null && context.Type.GetMembers(newName).IsEmpty)
            {
                properties = properties.Add(NewNameKey, newName);
            }

            context.ReportAt(
                Descriptors.SensitivePlainText,
                context.PropertyLocation(column.PropertyName),
                properties,
                context.Entity.Model.Table,
                columnName,
                term,
                newName);
        }
    }

    /// <summary>The secret a name speaks of (<c>password</c>, <c>api_key</c>), or null.</summary>
    internal static string? Term(string name)
    {
        var words = NameWords.Split(name);
        if (words.Any(Protected.Contains))
        {
            return null;
        }

        foreach (var term in Terms)
        {
            for (var at = NameWords.IndexOf(words, term); at >= 0; at = NameWords.IndexOf(words, term, at + 1))
            {
                var after = at + term.Length;
                if (after >= words.Count || !Qualifiers.Contains(words[after]))
                {
                    return string.Join("_", term);
                }
            }
        }

        return null;
    }
}
