using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// An indentation-aware text writer for generated C#. Lines end in LF whatever the platform, and every
/// user-supplied string goes through <see cref="Literal"/>.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * IndentSize).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>A C# string literal with every character escaped as needed.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public override string ToString() => _builder.ToString();
}
