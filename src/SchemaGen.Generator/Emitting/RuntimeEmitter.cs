using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// Writes the run-time half: <c>optionsBuilder.UseSchemaGen()</c>, the save interceptor that keeps
/// <c>CreatedAt</c>/<c>UpdatedAt</c> current and turns removals of <c>[SoftDelete]</c> entities into
/// updates of <c>DeletedAt</c>, and the JSON helper the jsonb value converters use.
/// </summary>
internal static class RuntimeEmitter
{
    public const string HintName = "SchemaGen.Runtime.g.cs";
    public const string SoftDeleteFilter = "SoftDelete";
    public const string JsonHelper = "global::SchemaGen.Generated.SchemaGenJson";

    private const string Ef = "global::Microsoft.EntityFrameworkCore";

    /// <summary>The entity-type annotations the configurations write and the interceptor reads.</summary>
    public const string CreatedAtAnnotation = "SchemaGen:CreatedAt";
    public const string UpdatedAtAnnotation = "SchemaGen:UpdatedAt";
    public const string SoftDeleteAnnotation = "SchemaGen:SoftDelete";

    /// <summary>
    /// The run-time file. The interceptor reads which properties to stamp from annotations on the EF Core model,
    /// so it depends on no entity here (it never has to be regenerated), and one <c>UseSchemaGen()</c> serves the
    /// entities of every assembly in the model. The helper classes are always internal: public entry points of
    /// two assemblies never clash over them.
    /// </summary>
    public static string Emit(GeneratorOptions options)
    {
        var accessibility = options.Public ? "public" : "internal";
        var writer = new SourceWriter();
        Header.Write(writer);

        writer.Open("namespace Microsoft.EntityFrameworkCore");
        writer.Line("/// <summary>Adds SchemaGen's save interceptors to a <c>DbContext</c>.</summary>");
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open(accessibility + " static partial class SchemaGenDbContextOptionsBuilderExtensions");
        writer.Line("/// <summary>");
        writer.Line("/// Sets <c>CreatedAt</c>/<c>UpdatedAt</c> (UTC) on insert and <c>UpdatedAt</c> on update, and turns the removal of a");
        writer.Line("/// <c>[SoftDelete]</c> entity into an update of its <c>DeletedAt</c>, in <c>SaveChanges</c> and <c>SaveChangesAsync</c>.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"optionsBuilder\">The options builder.</param>");
        writer.Line("/// <returns>The same options builder, so calls can be chained.</returns>");
        writer.Open("public static " + Ef + ".DbContextOptionsBuilder UseSchemaGen(this " + Ef + ".DbContextOptionsBuilder optionsBuilder)");
        writer.Line("return optionsBuilder.AddInterceptors(global::SchemaGen.Generated.SchemaGenSaveChangesInterceptor.Instance);");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc cref=\"UseSchemaGen(" + Ef + ".DbContextOptionsBuilder)\"/>");
        writer.Line("/// <typeparam name=\"TContext\">The context type.</typeparam>");
        writer.Line("public static " + Ef + ".DbContextOptionsBuilder<TContext> UseSchemaGen<TContext>(this " + Ef + ".DbContextOptionsBuilder<TContext> optionsBuilder)");
        writer.Indent();
        writer.Line("where TContext : " + Ef + ".DbContext");
        writer.Outdent();
        writer.Line("{");
        writer.Indent();
        writer.Line("return optionsBuilder.AddInterceptors(global::SchemaGen.Generated.SchemaGenSaveChangesInterceptor.Instance);");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Open("namespace SchemaGen.Generated");
        WriteInterceptor(writer);
        writer.Line();
        WriteJsonHelper(writer);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteInterceptor(SourceWriter writer)
    {
        writer.Line("/// <summary>SchemaGen's timestamp and soft-delete rules, applied before every save to the entities whose model says so.</summary>");
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open("internal sealed class SchemaGenSaveChangesInterceptor : " + Ef + ".Diagnostics.SaveChangesInterceptor");
        writer.Line("/// <summary>The one instance; it holds no state.</summary>");
        writer.Line("public static readonly SchemaGenSaveChangesInterceptor Instance = new SchemaGenSaveChangesInterceptor();");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Open("public override " + Ef + ".Diagnostics.InterceptionResult<int> SavingChanges(" + Ef + ".Diagnostics.DbContextEventData eventData, " + Ef + ".Diagnostics.InterceptionResult<int> result)");
        writer.Line("Apply(eventData.Context);");
        writer.Line("return result;");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Open("public override global::System.Threading.Tasks.ValueTask<" + Ef + ".Diagnostics.InterceptionResult<int>> SavingChangesAsync(" + Ef + ".Diagnostics.DbContextEventData eventData, " + Ef + ".Diagnostics.InterceptionResult<int> result, global::System.Threading.CancellationToken cancellationToken = default)");
        writer.Line("Apply(eventData.Context);");
        writer.Line("return new global::System.Threading.Tasks.ValueTask<" + Ef + ".Diagnostics.InterceptionResult<int>>(result);");
        writer.Close();
        writer.Line();
        writer.Open("private static void Apply(" + Ef + ".DbContext? context)");
        writer.Open("if (context is null)");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line("// PostgreSQL keeps microseconds: round down now, so the value in memory is the value stored.");
        writer.Line("var ticks = global::System.DateTime.UtcNow.Ticks;");
        writer.Line("var now = new global::System.DateTime(ticks - (ticks % 10), global::System.DateTimeKind.Utc);");
        writer.Line("foreach (var entry in global::System.Linq.Enumerable.ToList(context.ChangeTracker.Entries()))");
        writer.Line("{");
        writer.Indent();
        writer.Line("var type = entry.Metadata;");
        writer.Open("if (entry.State == " + Ef + ".EntityState.Deleted && type.FindAnnotation(" + SourceWriter.Literal(SoftDeleteAnnotation) + ")?.Value is string deletedAt)");
        writer.Line("entry.State = " + Ef + ".EntityState.Modified;");
        writer.Line("Set(entry, deletedAt, now);");
        writer.Close();
        writer.Line();
        writer.Line("var updatedAt = type.FindAnnotation(" + SourceWriter.Literal(UpdatedAtAnnotation) + ")?.Value as string;");
        writer.Open("if (entry.State == " + Ef + ".EntityState.Added)");
        writer.Open("if (type.FindAnnotation(" + SourceWriter.Literal(CreatedAtAnnotation) + ")?.Value is string createdAt)");
        writer.Line("Set(entry, createdAt, now);");
        writer.Close();
        writer.Line();
        writer.Open("if (updatedAt is not null)");
        writer.Line("Set(entry, updatedAt, now);");
        writer.Close();
        writer.Close();
        writer.Line("else if (entry.State == " + Ef + ".EntityState.Modified && updatedAt is not null)");
        writer.Line("{");
        writer.Indent();
        writer.Line("// Never backwards, even if this machine's clock is behind the one that wrote the row.");
        writer.Line("var original = entry.Property(updatedAt).OriginalValue;");
        writer.Line("var previous = original is global::System.DateTimeOffset offset ? offset.UtcDateTime : original is global::System.DateTime time ? time : global::System.DateTime.MinValue;");
        writer.Line("Set(entry, updatedAt, previous > now ? previous : now);");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Open("private static void Set(" + Ef + ".ChangeTracking.EntityEntry entry, string property, global::System.DateTime utc)");
        writer.Line("var member = entry.Property(property);");
        writer.Line("var type = global::System.Nullable.GetUnderlyingType(member.Metadata.ClrType) ?? member.Metadata.ClrType;");
        writer.Line("member.CurrentValue = type == typeof(global::System.DateTimeOffset) ? new global::System.DateTimeOffset(utc) : (object)utc;");
        writer.Close();
        writer.Close();
    }

    private static void WriteJsonHelper(SourceWriter writer)
    {
        writer.Line("/// <summary>System.Text.Json value conversion for jsonb columns of any CLR type.</summary>");
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open("internal static class SchemaGenJson");
        writer.Line("/// <summary>Writes the value as JSON text and reads it back.</summary>");
        writer.Line("/// <typeparam name=\"T\">The property type.</typeparam>");
        writer.Line("/// <returns>The converter.</returns>");
        writer.Line("public static " + Ef + ".Storage.ValueConversion.ValueConverter<T, string> Converter<T>()");
        writer.Indent();
        writer.Line("=> new " + Ef + ".Storage.ValueConversion.ValueConverter<T, string>(");
        writer.Indent();
        writer.Line("value => global::System.Text.Json.JsonSerializer.Serialize(value, (global::System.Text.Json.JsonSerializerOptions?)null),");
        writer.Line("json => global::System.Text.Json.JsonSerializer.Deserialize<T>(json, (global::System.Text.Json.JsonSerializerOptions?)null)!);");
        writer.Outdent();
        writer.Outdent();
        writer.Line();
        writer.Line("/// <summary>Compares and snapshots values by their JSON, so changes inside a list or object are saved.</summary>");
        writer.Line("/// <typeparam name=\"T\">The property type.</typeparam>");
        writer.Line("/// <returns>The comparer.</returns>");
        writer.Line("public static " + Ef + ".ChangeTracking.ValueComparer<T> Comparer<T>()");
        writer.Indent();
        writer.Line("=> new " + Ef + ".ChangeTracking.ValueComparer<T>(");
        writer.Indent();
        writer.Line("(left, right) => global::System.Text.Json.JsonSerializer.Serialize(left, (global::System.Text.Json.JsonSerializerOptions?)null) == global::System.Text.Json.JsonSerializer.Serialize(right, (global::System.Text.Json.JsonSerializerOptions?)null),");
        writer.Line("value => global::System.Text.Json.JsonSerializer.Serialize(value, (global::System.Text.Json.JsonSerializerOptions?)null).GetHashCode(),");
        writer.Line("value => global::System.Text.Json.JsonSerializer.Deserialize<T>(global::System.Text.Json.JsonSerializer.Serialize(value, (global::System.Text.Json.JsonSerializerOptions?)null), (global::System.Text.Json.JsonSerializerOptions?)null)!);");
        writer.Outdent();
        writer.Outdent();
        writer.Close();
    }
}
