using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace NetGen.Portable.Tests.Rewriter;

/// <summary>
/// After the rewrite: a method that reads a ReadOnlySpan parameter or local through <c>PortableSpans.Read(s, i)</c>
/// takes one indexable view of it (<c>var sView = PortableSpans.View(s);</c>) at the top of the method, or right
/// after the local's declaration, and reads <c>sView[i]</c>. Mono's JIT does not inline Read, so a per-element call
/// costs ~4× a plain load there; the view is made once per call. A span that is reassigned, declared elsewhere than
/// as a single-variable local in a block, or read inside a lambda keeps its Read calls (correct, only slower).
/// Syntactic: the rewrite emits Read only for ReadOnlySpan expressions, so a `var` local it reads is one too.
/// </summary>
internal sealed class ReadViews : CSharpSyntaxRewriter
{
    private const string Read = FileRewriter.PortableSpansRead;
    private const string View = "global::NetGen.Runtime.PortableSpans.View";
    private const string Suffix = "View";

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return visited.Body is null ? visited : visited.WithBody(Hoist(visited.Body, visited.ParameterList));
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        return visited.Body is null ? visited : visited.WithBody(Hoist(visited.Body, visited.ParameterList));
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return visited.Body is null ? visited : visited.WithBody(Hoist(visited.Body, visited.ParameterList));
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        return visited.Body is null ? visited : visited.WithBody(Hoist(visited.Body, null));
    }

    /// <summary>Nested local functions and lambdas have their own scope (a ref struct cannot be captured).</summary>
    private static bool OwnScope(SyntaxNode node) => node is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);

    internal static bool IsRead(InvocationExpressionSyntax invocation, out string span)
    {
        span = "";
        if (invocation.Expression.ToString() != Read || invocation.ArgumentList.Arguments.Count != 2
            || invocation.ArgumentList.Arguments[0].Expression is not IdentifierNameSyntax name)
        {
            return false;
        }

        span = name.Identifier.ValueText;
        return true;
    }

    private static bool IsReadOnlySpanType(TypeSyntax? type) => type switch
    {
        GenericNameSyntax generic => generic.Identifier.ValueText == "ReadOnlySpan" && generic.TypeArgumentList.Arguments.Count == 1,
        QualifiedNameSyntax qualified => qualified.Left.ToString() is "System" or "global::System" && IsReadOnlySpanType(qualified.Right),
        _ => false,
    };

    private static BlockSyntax Hoist(BlockSyntax body, ParameterListSyntax? parameters)
    {
        var reads = body.DescendantNodes(OwnScope).OfType<InvocationExpressionSyntax>()
            .Select(invocation => (Invocation: invocation, Span: IsRead(invocation, out var span) ? span : null))
            .Where(read => read.Span is not null)
            .ToList();
        if (reads.Count == 0)
        {
            return body;
        }

        var names = new HashSet<string>(body.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText), StringComparer.Ordinal);
        names.UnionWith(parameters?.Parameters.Select(p => p.Identifier.ValueText) ?? []);
        var hoisted = new List<(string Span, LocalDeclarationStatementSyntax? Local)>();
        foreach (string span in reads.Select(read => read.Span!).Distinct().OrderBy(s => s, StringComparer.Ordinal))
        {
            var parameter = parameters?.Parameters.FirstOrDefault(p => p.Identifier.ValueText == span);
            var locals = body.DescendantNodes(OwnScope).OfType<LocalDeclarationStatementSyntax>()
                .Where(d => d.Declaration.Variables.Any(v => v.Identifier.ValueText == span)).ToList();
            LocalDeclarationStatementSyntax? local = null;
            if (parameter is not null)
            {
                if (!IsReadOnlySpanType(parameter.Type) || locals.Count != 0 || parameter.Modifiers.Any(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword)))
                {
                    continue;
                }
            }
            else if (locals is [var only] && only.Declaration.Variables.Count == 1 && only.Parent is BlockSyntax
                && (IsReadOnlySpanType(only.Declaration.Type) || only.Declaration.Type.IsVar))
            {
                local = only;
            }
            else
            {
                continue;
            }

            if (IsWritten(body, span))
            {
                continue;
            }

            if (names.Contains(span + Suffix))
            {
                throw new PortableRewriteException($"The rewriter would declare {span + Suffix}, which the method already uses: rename it in the source.");
            }

            hoisted.Add((span, local));
        }

        if (hoisted.Count == 0)
        {
            return body;
        }

        var viewed = hoisted.Select(h => h.Span).ToHashSet(StringComparer.Ordinal);
        var replaced = reads.Where(read => viewed.Contains(read.Span!)).Select(read => read.Invocation).ToList();
        var declarations = hoisted.Where(h => h.Local is not null).Select(h => h.Local!).ToList();
        var tracked = body.TrackNodes(replaced.Cast<SyntaxNode>().Concat(declarations));
        tracked = tracked.ReplaceNodes(replaced.Select(r => tracked.GetCurrentNode(r)!), (original, rewritten) =>
        {
            IsRead(original, out var span);
            var index = rewritten.ArgumentList.Arguments[1].Expression; // with its own reads already replaced
            return ElementAccessExpression(IdentifierName(span + Suffix), BracketedArgumentList(SingletonSeparatedList(Argument(index.WithoutTrivia()))))
                .WithTriviaFrom(original);
        });

        foreach (var (span, local) in hoisted.Where(h => h.Local is not null))
        {
            var current = tracked.GetCurrentNode(local!)!;
            var block = (BlockSyntax)current.Parent!;
            int at = block.Statements.IndexOf(current);
            tracked = tracked.ReplaceNode(block, block.WithStatements(block.Statements.Insert(at + 1, Declaration(span, Indentation(current)))));
        }

        var fromParameters = hoisted.Where(h => h.Local is null).Select(h => h.Span).ToList();
        if (fromParameters.Count > 0)
        {
            var first = tracked.Statements[0];
            string indentation = Indentation(first);
            tracked = tracked.WithStatements(List(fromParameters.Select(span => Declaration(span, indentation)).Concat(tracked.Statements)));
        }

        return tracked;
    }

    /// <summary>Assigned, or passed by ref/out, anywhere in the body: a view taken once would go stale.</summary>
    private static bool IsWritten(BlockSyntax body, string span)
        => body.DescendantNodes().Any(node => node switch
        {
            AssignmentExpressionSyntax assignment => Targets(assignment.Left, span),
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword)
                && argument.Expression is IdentifierNameSyntax passed && passed.Identifier.ValueText == span,
            _ => false,
        });

    /// <summary>The variable itself, or inside a deconstruction's tuple: (s, t) = (t, s).</summary>
    private static bool Targets(ExpressionSyntax left, string span) => left switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == span,
        TupleExpressionSyntax tuple => tuple.Arguments.Any(argument => Targets(argument.Expression, span)),
        ParenthesizedExpressionSyntax parenthesized => Targets(parenthesized.Expression, span),
        _ => false,
    };

    private static string Indentation(StatementSyntax statement)
        => statement.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();

    private static StatementSyntax Declaration(string span, string indentation)
        => ParseStatement($"{indentation}var {span}{Suffix} = {View}({span});\n");
}
