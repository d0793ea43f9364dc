using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace SchemaGen.CodeFixes;

/// <summary>The edit most fixes end with: one node of the document replaced by its rewrite.</summary>
internal static class DocumentEdits
{
    /// <summary>The document with <paramref name="node"/> replaced by <paramref name="rewrite"/>'s result.</summary>
    public static async Task<Document> ReplaceAsync<TNode>(Document document, TNode node, Func<TNode, SyntaxNode> rewrite, CancellationToken cancellationToken)
        where TNode : SyntaxNode
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, rewrite(node)));
    }
}
