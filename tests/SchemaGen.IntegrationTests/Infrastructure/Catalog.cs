using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace SchemaGen.IntegrationTests.Infrastructure;

/// <summary>A column as PostgreSQL stores it.</summary>
/// <param name="Name">The column name.</param>
/// <param name="DataType">The type as <c>format_type</c> spells it: <c>uuid</c>, <c>text</c>, <c>character varying(100)</c>, <c>timestamp with time zone</c>.</param>
/// <param name="IsNullable">Whether the column accepts NULL (no <c>NOT NULL</c>).</param>
/// <param name="Default">The default expression (<c>pg_get_expr</c>), or <see langword="null"/>.</param>
/// <param name="Identity"><c>ALWAYS</c> or <c>BY DEFAULT</c> for an identity column, else <see langword="null"/>.</param>
/// <param name="GeneratedExpression">The expression of a stored generated column, else <see langword="null"/>.</param>
/// <param name="Comment">The column comment, or <see langword="null"/>.</param>
public sealed record ColumnInfo(
    string Name,
    string DataType,
    bool IsNullable,
    string? Default,
    string? Identity,
    string? GeneratedExpression,
    string? Comment);

/// <summary>A primary key constraint with its columns in key order.</summary>
public sealed record PrimaryKeyInfo(string Name, IReadOnlyList<string> Columns);

/// <summary>A foreign key constraint.</summary>
/// <param name="Name">The constraint name.</param>
/// <param name="Columns">The referencing columns, in key order.</param>
/// <param name="ReferencedSchema">The schema of the referenced table.</param>
/// <param name="ReferencedTable">The referenced table.</param>
/// <param name="ReferencedColumns">The referenced columns, in the order matching <paramref name="Columns"/>.</param>
/// <param name="OnDelete"><c>NO ACTION</c>, <c>RESTRICT</c>, <c>CASCADE</c>, <c>SET NULL</c> or <c>SET DEFAULT</c> (from <c>confdeltype</c>).</param>
/// <param name="OnUpdate">The same for <c>ON UPDATE</c> (from <c>confupdtype</c>).</param>
public sealed record ForeignKeyInfo(
    string Name,
    IReadOnlyList<string> Columns,
    string ReferencedSchema,
    string ReferencedTable,
    IReadOnlyList<string> ReferencedColumns,
    string OnDelete,
    string OnUpdate);

/// <summary>An index of a table.</summary>
/// <param name="Name">The index name.</param>
/// <param name="Columns">The key columns in index order; an expression key appears as its SQL text.</param>
/// <param name="IncludeColumns">The non-key (<c>INCLUDE</c>) columns.</param>
/// <param name="IsUnique">A unique index.</param>
/// <param name="IsPrimaryKey">The index behind the primary key.</param>
/// <param name="IsConstraint">The index belongs to a constraint (primary key, unique constraint, exclusion constraint).</param>
/// <param name="Predicate">The <c>WHERE</c> of a partial index (<c>pg_get_expr(indpred, indrelid)</c>), else <see langword="null"/>.</param>
/// <param name="Method">The access method from <c>pg_am</c>: <c>btree</c>, <c>gin</c>, <c>gist</c>, <c>brin</c>, <c>hash</c>.</param>
/// <param name="NullsNotDistinct"><c>NULLS NOT DISTINCT</c> (PostgreSQL 15+; always <see langword="false"/> before).</param>
/// <param name="Definition">The whole <c>CREATE INDEX</c> statement (<c>pg_get_indexdef</c>), for messages.</param>
public sealed record IndexInfo(
    string Name,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> IncludeColumns,
    bool IsUnique,
    bool IsPrimaryKey,
    bool IsConstraint,
    string? Predicate,
    string Method,
    bool NullsNotDistinct,
    string Definition)
{
    /// <summary>A full index: not partial.</summary>
    public bool IsFull => Predicate is null;
}

/// <summary>A check constraint and its definition (<c>pg_get_constraintdef</c>, e.g. <c>CHECK ((price &gt; 0))</c>).</summary>
public sealed record CheckConstraintInfo(string Name, string Definition);

/// <summary>
/// Reads a database's schema from <c>pg_catalog</c> and <c>information_schema</c>: what PostgreSQL really has,
/// never EF Core's idea of the model. Every query is parameterised; each call uses a connection of its own.
/// </summary>
public sealed class Catalog(string connectionString)
{
    private const string TableFilter = "n.nspname = @schema AND t.relname = @table";

    /// <summary>The base tables of <paramref name="schema"/>, by name.</summary>
    public Task<IReadOnlyList<string>> TablesAsync(string schema = "public", CancellationToken cancellationToken = default) =>
        QueryAsync(
            """
            SELECT table_name::text
            FROM information_schema.tables
            WHERE table_schema = @schema AND table_type = 'BASE TABLE'
            ORDER BY table_name
            """,
            [new("schema", schema)],
            r => r.GetString(0),
            cancellationToken);

    /// <summary>The comment on a table, or <see langword="null"/>.</summary>
    public async Task<string?> TableCommentAsync(string table, string schema = "public", CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            $"""
            SELECT obj_description(t.oid, 'pg_class')
            FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE {TableFilter}
            """,
            TableParameters(table, schema),
            r => r.IsDBNull(0) ? null : r.GetString(0),
            cancellationToken).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    /// <summary>The columns of a table, in table order.</summary>
    public Task<IReadOnlyList<ColumnInfo>> ColumnsAsync(string table, string schema = "public", CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"""
            SELECT a.attname::text,
                   format_type(a.atttypid, a.atttypmod),
                   NOT a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                   CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END,
                   CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                   col_description(t.oid, a.attnum)
            FROM pg_attribute a
            JOIN pg_class t ON t.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE {TableFilter} AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum
            """,
            TableParameters(table, schema),
            r => new ColumnInfo(
                r.GetString(0),
                r.GetString(1),
                r.GetBoolean(2),
                NullableString(r, 3),
                NullableString(r, 4),
                NullableString(r, 5),
                NullableString(r, 6)),
            cancellationToken);

    /// <summary>The primary key of a table, or <see langword="null"/> when it has none.</summary>
    public async Task<PrimaryKeyInfo?> PrimaryKeyAsync(string table, string schema = "public", CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            $"""
            SELECT c.conname::text, {KeyColumns("c.conkey", "c.conrelid")}
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE {TableFilter} AND c.contype = 'p'
            """,
            TableParameters(table, schema),
            r => new PrimaryKeyInfo(r.GetString(0), r.GetFieldValue<string[]>(1)),
            cancellationToken).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    /// <summary>The foreign keys of a table (the table is the referencing side), by name.</summary>
    public Task<IReadOnlyList<ForeignKeyInfo>> ForeignKeysAsync(string table, string schema = "public", CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"""
            SELECT c.conname::text,
                   {KeyColumns("c.conkey", "c.conrelid")},
                   rn.nspname::text,
                   rt.relname::text,
                   {KeyColumns("c.confkey", "c.confrelid")},
                   {ReferentialAction("c.confdeltype")},
                   {ReferentialAction("c.confupdtype")}
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_class rt ON rt.oid = c.confrelid
            JOIN pg_namespace rn ON rn.oid = rt.relnamespace
            WHERE {TableFilter} AND c.contype = 'f'
            ORDER BY c.conname
            """,
            TableParameters(table, schema),
            r => new ForeignKeyInfo(
                r.GetString(0),
                r.GetFieldValue<string[]>(1),
                r.GetString(2),
                r.GetString(3),
                r.GetFieldValue<string[]>(4),
                r.GetString(5),
                r.GetString(6)),
            cancellationToken);

    /// <summary>The indexes of a table, including the primary key's, by name.</summary>
    public async Task<IReadOnlyList<IndexInfo>> IndexesAsync(string table, string schema = "public", CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // indnullsnotdistinct exists from PostgreSQL 15 on.
        var nullsNotDistinct = connection.PostgreSqlVersion >= new Version(15, 0) ? "ix.indnullsnotdistinct" : "false";
        var sql = $"""
            SELECT i.relname::text,
                   array(SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(ix.indexrelid, k.ord::int, true) ELSE a.attname::text END
                         FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                         LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                         ORDER BY k.ord),
                   ix.indnkeyatts::int,
                   ix.indisunique,
                   ix.indisprimary,
                   EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid),
                   pg_get_expr(ix.indpred, ix.indrelid),
                   am.amname::text,
                   {nullsNotDistinct},
                   pg_get_indexdef(ix.indexrelid)
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_am am ON am.oid = i.relam
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE {TableFilter}
            ORDER BY i.relname
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(TableParameters(table, schema));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<IndexInfo>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var all = reader.GetFieldValue<string[]>(1);
            var keyCount = reader.GetInt32(2);
            result.Add(new IndexInfo(
                reader.GetString(0),
                all.Take(keyCount).ToArray(),
                all.Skip(keyCount).ToArray(),
                reader.GetBoolean(3),
                reader.GetBoolean(4),
                reader.GetBoolean(5),
                NullableString(reader, 6),
                reader.GetString(7),
                reader.GetBoolean(8),
                reader.GetString(9)));
        }

        return result;
    }

    /// <summary>The check constraints of a table, by name.</summary>
    public Task<IReadOnlyList<CheckConstraintInfo>> CheckConstraintsAsync(string table, string schema = "public", CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"""
            SELECT c.conname::text, pg_get_constraintdef(c.oid, true)
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE {TableFilter} AND c.contype = 'c'
            ORDER BY c.conname
            """,
            TableParameters(table, schema),
            r => new CheckConstraintInfo(r.GetString(0), r.GetString(1)),
            cancellationToken);

    /// <summary>The names of a key's columns (<paramref name="keyArray"/> of the relation <paramref name="relation"/>), in key order, as a <c>text[]</c>.</summary>
    private static string KeyColumns(string keyArray, string relation) =>
        $"""
        array(SELECT a.attname::text
              FROM unnest({keyArray}) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = {relation} AND a.attnum = k.attnum
              ORDER BY k.ord)
        """;

    private static string ReferentialAction(string column) =>
        $"CASE {column} WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END";

    private static NpgsqlParameter[] TableParameters(string table, string schema) =>
        [new("schema", schema), new("table", table)];

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql,
        NpgsqlParameter[] parameters,
        Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(read(reader));
        }

        return result;
    }
}
