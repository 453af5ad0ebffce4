using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace NetGen.Portable.Tests.Rewriter;

/// <summary>
/// Produces src/NetGen.Abstractions/Runtime/FloatCopies/*.g.cs: a non-generic float copy of every run-time member marked
/// [FloatCopy], for ReadyToRun (crossgen2 precompiles no generic math over float, and refuses any caller of a generic
/// helper that takes Vector&lt;float&gt;). A method M&lt;T, R…&gt; becomes M&lt;R…&gt; with T = float (an overload: calls
/// with float arguments, inside the copies too, bind to it); a type X&lt;T&gt; becomes XOfSingle. T is the generic-math
/// type parameter, else the method's or type's only one. Anything unknown throws <see cref="PortableRewriteException"/>.
/// </summary>
public static class FloatCopyRewriter
{
    public const string OutputFolder = "Runtime/FloatCopies";
    public const string MarkerName = "FloatCopyAttribute";
    private const string Suffix = "OfSingle";

    private static readonly string[] ModernSymbols = ["NET", "NET8_0", "NET8_0_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER"];

    private static readonly string[] Conversions = ["CreateTruncating", "CreateChecked", "CreateSaturating"];

    /// <summary>The copies, keyed by path relative to the project (e.g. Runtime/FloatCopies/ShallowNet.g.cs).</summary>
    public static SortedDictionary<string, string> Rewrite(string projectDirectory)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: ModernSymbols);
        var sources = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(projectDirectory, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal)
                && !relative.StartsWith(OutputFolder + "/", StringComparison.Ordinal))
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .ToList();
        var trees = sources.ToDictionary(
            relative => relative,
            relative => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(projectDirectory, relative)), parse, relative, Encoding.UTF8));
        var compilation = CSharpCompilation.Create(
            "NetGen.Abstractions",
            trees.Values,
            PortableRewriter.RuntimeReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        var output = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var copied = new Dictionary<string, IReadOnlyList<MemberDeclarationSyntax>>(StringComparer.Ordinal);
        foreach (var (relative, tree) in trees)
        {
            var root = (CompilationUnitSyntax)tree.GetRoot();
            if (!relative.StartsWith("Runtime/", StringComparison.Ordinal) || !root.DescendantNodes().OfType<AttributeSyntax>().Any(IsMarkerSyntax))
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            var errors = model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new PortableRewriteException($"{relative} does not compile: {errors[0]}");
            }

            var file = new FloatCopyFile(model, relative);
            var copy = file.Run(root);
            string path = $"{OutputFolder}/{Path.GetFileNameWithoutExtension(relative)}.g.cs";
            output[path] = Header(relative) + copy;
            copied[path] = file.Copied;
        }

        CheckBindings(compilation, parse, output, copied);
        return output;
    }

    /// <summary>
    /// Every call in a copy binds as its original, with T = float: to the same method (a generic one instantiated over
    /// float, its type arguments now explicit), to the copy of a marked method, or for T.X to float's X. So a copy computes
    /// what the generic method does for float; a call that would bind elsewhere (a non-generic overload taking floats,
    /// as Vector.LessThan(Vector&lt;float&gt;, …) returning Vector&lt;int&gt;) throws.
    /// </summary>
    private static void CheckBindings(CSharpCompilation compilation, CSharpParseOptions parse, SortedDictionary<string, string> output, Dictionary<string, IReadOnlyList<MemberDeclarationSyntax>> copied)
    {
        var copyTrees = output.ToDictionary(pair => pair.Key, pair => CSharpSyntaxTree.ParseText(pair.Value, parse, pair.Key, Encoding.UTF8));
        var withCopies = compilation.AddSyntaxTrees(copyTrees.Values);
        var errors = withCopies.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new PortableRewriteException($"The float copies do not compile: {errors[0]}");
        }

        foreach (var (path, tree) in copyTrees)
        {
            var originals = copied[path].SelectMany(member => member.DescendantNodes().OfType<InvocationExpressionSyntax>())
                .Where(call => !IsConversionOfT(withCopies, call)).ToList();
            var copies = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().ToList();
            if (originals.Count != copies.Count)
            {
                throw new PortableRewriteException($"{path}: {copies.Count} calls in the copies for {originals.Count} in the originals.");
            }

            var copyModel = withCopies.GetSemanticModel(tree);
            for (int i = 0; i < copies.Count; i++)
            {
                var original = withCopies.GetSemanticModel(originals[i].SyntaxTree).GetSymbolInfo(originals[i]).Symbol as IMethodSymbol;
                var copy = copyModel.GetSymbolInfo(copies[i]).Symbol as IMethodSymbol;
                if (original is null && copy is null && originals[i].Expression.ToString() == "nameof")
                {
                    continue;
                }

                // Both to the same method: an original with float arguments already calls a copy (ScalarDot(ref float…)).
                bool same = original is not null && copy is not null && (SymbolEqualityComparer.Default.Equals(copy, original) || (
                    copy.Locations.Any(l => l.SourceTree is { } t && copyTrees.ContainsValue(t))
                        ? (IsMarked(original.ReducedFrom ?? original) || IsMarked(original.ContainingType)) && copy.Name == original.Name
                          && copy.ContainingType.Name == original.ContainingType.Name + (original.ContainingType.IsGenericType ? Suffix : "")
                        : IsTypeParameterCall(originals[i], withCopies)
                            ? copy.ContainingType.SpecialType == SpecialType.System_Single && copy.Name == original.Name
                            : (copy.ReducedFrom ?? copy).OriginalDefinition.ToDisplayString() == (original.ReducedFrom ?? original).OriginalDefinition.ToDisplayString()));
                if (!same)
                {
                    int line = copies[i].GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    throw new PortableRewriteException($"{path}({line}): `{copies[i]}` binds to {copy?.ToDisplayString() ?? "nothing"}, its original `{originals[i]}` to {original?.ToDisplayString() ?? "nothing"}.");
                }
            }
        }
    }

    /// <summary>A call of a static member of the generic-math T (T.Exp(x)): the copy calls float's.</summary>
    private static bool IsTypeParameterCall(InvocationExpressionSyntax call, Compilation compilation)
        => call.Expression is MemberAccessExpressionSyntax access
           && compilation.GetSemanticModel(call.SyntaxTree).GetSymbolInfo(access.Expression).Symbol is ITypeParameterSymbol parameter
           && PortableRewriter.IsGenericMath(parameter);

    private static bool IsConversionOfT(Compilation compilation, InvocationExpressionSyntax call)
        => (IsTypeParameterCall(call, compilation) && call.Expression is MemberAccessExpressionSyntax access && Conversions.Contains(access.Name.Identifier.ValueText))
           || IsDoubleConversionOfT(compilation, call);

    /// <summary>double.CreateTruncating(x) (or another conversion) of a generic-math T x: the copy casts.</summary>
    private static bool IsDoubleConversionOfT(Compilation compilation, InvocationExpressionSyntax call)
    {
        if (call.Expression is not MemberAccessExpressionSyntax access || !Conversions.Contains(access.Name.Identifier.ValueText)
            || call.ArgumentList.Arguments.Count != 1)
        {
            return false;
        }

        var model = compilation.GetSemanticModel(call.SyntaxTree);
        return model.GetSymbolInfo(access.Expression).Symbol is ITypeSymbol { SpecialType: SpecialType.System_Double }
               && model.GetTypeInfo(call.ArgumentList.Arguments[0].Expression).Type is ITypeParameterSymbol parameter
               && PortableRewriter.IsGenericMath(parameter);
    }

    private static string Header(string relative)
        => "// <auto-generated/>\n"
           + $"// Float copies of the [FloatCopy] members of src/NetGen.Abstractions/{relative}, made by\n"
           + "// tests/NetGen.Portable.Tests/Rewriter/FloatCopyRewriter.cs so that ReadyToRun can precompile them: do not edit.\n"
           + "// Regenerate with\n"
           + "//   NETGEN_ACCEPT_PORTABLE=1 dotnet test tests/NetGen.Portable.Tests --filter FullyQualifiedName~PortableRuntime\n"
           + "#nullable enable\n"
           + "#if NET8_0_OR_GREATER\n";

    internal static bool IsMarkerSyntax(AttributeSyntax attribute)
        => attribute.Name.ToString() is "FloatCopy" or "FloatCopyAttribute";

    /// <summary>Whether a member (or the generic type that declares it) is marked [FloatCopy]: it has a float copy.</summary>
    internal static bool IsMarked(ISymbol symbol)
        => symbol.OriginalDefinition.GetAttributes().Any(a => a.AttributeClass?.Name == MarkerName);

    /// <summary>The type parameter a copy replaces with float: the generic-math one, else the only one.</summary>
    internal static ITypeParameterSymbol? Substituted(ImmutableTypeParameters parameters)
    {
        var all = parameters.List;
        var math = all.Where(PortableRewriter.IsGenericMath).ToList();
        return math.Count switch
        {
            1 => math[0],
            0 when all.Count == 1 => all[0],
            0 => null,
            _ => throw new PortableRewriteException($"{parameters.Owner} has more than one generic-math type parameter."),
        };
    }

    internal readonly record struct ImmutableTypeParameters(string Owner, IReadOnlyList<ITypeParameterSymbol> List);

    internal static ITypeParameterSymbol? Substituted(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => Substituted(new ImmutableTypeParameters(method.Name, method.OriginalDefinition.TypeParameters)),
        INamedTypeSymbol type => Substituted(new ImmutableTypeParameters(type.Name, type.OriginalDefinition.TypeParameters)),
        _ => null,
    };

    private sealed class FloatCopyFile(SemanticModel model, string file)
    {
        public SemanticModel Model => model;

        /// <summary>The marked members copied, in document order (the order of their copies in the output).</summary>
        public List<MemberDeclarationSyntax> Copied { get; } = [];

        public string Run(CompilationUnitSyntax root)
        {
            var members = Shells(root.Members);
            if (members.Count > 0)
            {
                members[0] = members[0].WithLeadingTrivia(members[0].GetLeadingTrivia().Insert(0, EndOfLine("\n")));
            }

            var unit = CompilationUnit()
                .WithExterns(root.Externs)
                .WithUsings(root.Usings)
                .WithMembers(List(members))
                .WithEndOfFileToken(Token(SyntaxKind.EndOfFileToken));
            var stripped = WithoutDirectives(unit);
            string text = stripped.ToFullString().Replace("\r\n", "\n");
            return text.TrimEnd('\n') + "\n#endif\n";
        }

        /// <summary>The copies come from the NET8_0_OR_GREATER side of the source: its directives (and the other side) go.</summary>
        private static T WithoutDirectives<T>(T node) where T : SyntaxNode
            => node.ReplaceTrivia(node.DescendantTrivia(descendIntoTrivia: false), (original, _) => original.Kind() switch
            {
                SyntaxKind.IfDirectiveTrivia or SyntaxKind.ElseDirectiveTrivia or SyntaxKind.ElifDirectiveTrivia or SyntaxKind.EndIfDirectiveTrivia
                    or SyntaxKind.DisabledTextTrivia or SyntaxKind.RegionDirectiveTrivia or SyntaxKind.EndRegionDirectiveTrivia => default,
                _ => original,
            });

        private PortableRewriteException Refuse(SyntaxNode node, string what)
        {
            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            string text = node.ToString();
            return new PortableRewriteException($"{file}({line}): {what}: `{(text.Length <= 120 ? text : text[..120] + "…")}`. Extend the float-copy rewriter or change the source.");
        }

        private bool HoldsMarks(SyntaxNode node) => node.DescendantNodes().OfType<AttributeSyntax>().Any(IsMarkerSyntax);

        private bool IsMarkedDeclaration(MemberDeclarationSyntax member)
            => member.AttributeLists.SelectMany(list => list.Attributes).Any(IsMarkerSyntax);

        /// <summary>The members to emit at one level: containers of marks as bare partial shells, marked members as copies.</summary>
        private List<MemberDeclarationSyntax> Shells(SyntaxList<MemberDeclarationSyntax> members)
        {
            var result = new List<MemberDeclarationSyntax>();
            foreach (var member in members)
            {
                if (IsMarkedDeclaration(member))
                {
                    Copied.Add(member);
                    result.Add(Copy(member));
                    continue;
                }

                if (!HoldsMarks(member))
                {
                    continue;
                }

                switch (member)
                {
                    case NamespaceDeclarationSyntax ns:
                        result.Add(ns.WithMembers(List(Shells(ns.Members))));
                        break;
                    case FileScopedNamespaceDeclarationSyntax ns:
                        result.Add(ns.WithMembers(List(Shells(ns.Members))));
                        break;
                    case TypeDeclarationSyntax type:
                        if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            throw Refuse(type, $"{type.Identifier.ValueText} holds [FloatCopy] members but is not partial");
                        }

                        if (type.TypeParameterList is not null)
                        {
                            throw Refuse(type, "[FloatCopy] members inside a generic type that is not itself marked");
                        }

                        var indent = type.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
                        result.Add(type.WithAttributeLists(default).WithBaseList(null).WithConstraintClauses(default)
                            .WithMembers(List(Shells(type.Members)))
                            .WithLeadingTrivia(indent == default ? TriviaList() : TriviaList(indent)));
                        break;
                    default:
                        throw Refuse(member, "a [FloatCopy] mark inside a member that is neither a namespace nor a type");
                }
            }

            // One blank line between copies, none before the first.
            for (int i = 0; i < result.Count; i++)
            {
                var leading = result[i].GetLeadingTrivia().ToList();
                while (leading.Count > 0 && (leading[0].IsKind(SyntaxKind.EndOfLineTrivia)
                    || leading.Count > 1 && leading[0].IsKind(SyntaxKind.WhitespaceTrivia) && leading[1].IsKind(SyntaxKind.EndOfLineTrivia)))
                {
                    leading.RemoveAt(0);
                }

                result[i] = result[i].WithLeadingTrivia(i == 0 ? TriviaList(leading) : TriviaList([EndOfLine("\n"), .. leading]));
            }

            return result;
        }

        private MemberDeclarationSyntax Copy(MemberDeclarationSyntax member)
        {
            var symbol = model.GetDeclaredSymbol(member) ?? throw Refuse(member, "a declaration the semantic model cannot bind");
            var t = Substituted(symbol) ?? throw Refuse(member, "[FloatCopy] on a member with no type parameter to replace by float");
            if (member is not (MethodDeclarationSyntax or StructDeclarationSyntax or ClassDeclarationSyntax))
            {
                throw Refuse(member, "[FloatCopy] on a member that is neither a method nor a struct or class");
            }

            var copy = WithoutDirectives((MemberDeclarationSyntax)new Specialiser(this, t, symbol as INamedTypeSymbol).Visit(member)!);
            return copy.WithLeadingTrivia(FileRewriter.SpecialisedDocumentation(copy.GetLeadingTrivia(), t.Name, "float"));
        }

        /// <summary>T → float inside one marked member.</summary>
        private sealed class Specialiser(FloatCopyFile owner, ITypeParameterSymbol t, INamedTypeSymbol? renamedType) : CSharpSyntaxRewriter
        {
            private readonly SemanticModel _model = owner.Model;

            private static TypeSyntax Float => PredefinedType(Token(SyntaxKind.FloatKeyword));

            private bool IsT(ISymbol? symbol) => SymbolEqualityComparer.Default.Equals(symbol, t);

            public override SyntaxNode? VisitAttributeList(AttributeListSyntax node)
            {
                var kept = node.Attributes.Where(a => !IsMarkerSyntax(a)).ToList();
                if (kept.Count == 0)
                {
                    return null;
                }

                return base.VisitAttributeList(node.WithAttributes(SeparatedList(kept)));
            }

            public override SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list)
            {
                // An attribute list that was only the marker goes with its line.
                if (typeof(TNode) == typeof(AttributeListSyntax))
                {
                    var result = new List<TNode>();
                    foreach (var item in list)
                    {
                        var visited = Visit(item);
                        if (visited is not null)
                        {
                            result.Add((TNode)visited);
                        }
                    }

                    return List(result);
                }

                return base.VisitList(list);
            }

            public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
            {
                var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
                if (node.AttributeLists.Count > 0 && visited.AttributeLists.Count < node.AttributeLists.Count)
                {
                    visited = visited.WithLeadingTrivia(node.GetLeadingTrivia());
                }

                return FileRewriter.Specialiser.WithoutEmptyGenerics(node, visited);
            }

            public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node)
                => RenameType(node, (StructDeclarationSyntax)base.VisitStructDeclaration(node)!);

            public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node)
                => RenameType(node, (ClassDeclarationSyntax)base.VisitClassDeclaration(node)!);

            private SyntaxNode RenameType(TypeDeclarationSyntax original, TypeDeclarationSyntax visited)
            {
                if (renamedType is null || !SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(original), renamedType))
                {
                    return visited;
                }

                if (original.AttributeLists.Count > 0 && visited.AttributeLists.Count < original.AttributeLists.Count)
                {
                    visited = visited.WithLeadingTrivia(original.GetLeadingTrivia());
                }

                var trailing = visited.TypeParameterList?.GetTrailingTrivia() ?? visited.Identifier.TrailingTrivia;
                if (visited.TypeParameterList is { Parameters.Count: > 0 })
                {
                    throw owner.Refuse(original, "a copied type with type parameters besides T");
                }

                visited = visited.WithTypeParameterList(null).WithIdentifier(Identifier(original.Identifier.ValueText + Suffix).WithTriviaFrom(original.Identifier).WithTrailingTrivia(trailing));
                if (original.ConstraintClauses.Count > 0 && visited.ConstraintClauses.Count == 0)
                {
                    var beforeBody = original.ConstraintClauses.Last().GetTrailingTrivia();
                    visited = visited.BaseList is { } baseList
                        ? visited.WithBaseList(baseList.WithTrailingTrivia(beforeBody))
                        : visited.WithIdentifier(visited.Identifier.WithTrailingTrivia(beforeBody));
                }

                return visited;
            }

            public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
            {
                var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
                if (renamedType is not null && SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(node)?.ContainingType, renamedType))
                {
                    visited = visited.WithIdentifier(Identifier(node.Identifier.ValueText + Suffix).WithTriviaFrom(node.Identifier));
                }

                return visited;
            }

            public override SyntaxNode? VisitTypeParameterList(TypeParameterListSyntax node)
            {
                var kept = node.Parameters.Where(p => !IsT(_model.GetDeclaredSymbol(p))).Select(p => (TypeParameterSyntax)Visit(p)!).ToList();
                var separators = Enumerable.Repeat(Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space), Math.Max(0, kept.Count - 1));
                return node.WithParameters(SeparatedList(kept, separators));
            }

            public override SyntaxNode? VisitTypeParameterConstraintClause(TypeParameterConstraintClauseSyntax node)
                => IsT(_model.GetSymbolInfo(node.Name).Symbol) ? null : base.VisitTypeParameterConstraintClause(node);

            public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
            {
                var symbol = _model.GetSymbolInfo(node).Symbol;
                if (IsT(symbol))
                {
                    return Float.WithTriviaFrom(node);
                }

                if (symbol is ITypeParameterSymbol other && PortableRewriter.IsGenericMath(other))
                {
                    throw owner.Refuse(node, "another generic-math type parameter inside a float copy");
                }

                return base.VisitIdentifierName(node);
            }

            /// <summary>Whether a type argument stands for float once T is float.</summary>
            private bool IsFloat(ITypeSymbol argument) => IsT(argument) || argument.SpecialType == SpecialType.System_Single;

            public override SyntaxNode? VisitGenericName(GenericNameSyntax node)
            {
                var symbol = _model.GetSymbolInfo(node).Symbol ?? _model.GetTypeInfo(node).Type;
                if (symbol is INamedTypeSymbol type && IsMarked(type) && Substituted(type) is { } typeT)
                {
                    // Relu<T> → ReluOfSingle, where the copy exists (a double argument keeps the generic type).
                    var argument = type.TypeArguments[type.OriginalDefinition.TypeParameters.IndexOf(typeT)];
                    if (IsFloat(argument))
                    {
                        if (type.TypeArguments.Length != 1)
                        {
                            throw owner.Refuse(node, "a copied type with type parameters besides T");
                        }

                        return IdentifierName(Identifier(node.Identifier.ValueText + Suffix)).WithTriviaFrom(node);
                    }
                }

                if (symbol is IMethodSymbol method && IsMarked(method) && Substituted(method) is { } methodT)
                {
                    // M<T, R>(…) → M<R>(…): the copy, one type argument fewer.
                    int position = method.OriginalDefinition.TypeParameters.IndexOf(methodT);
                    if (IsFloat(method.TypeArguments[position]))
                    {
                        var kept = node.TypeArgumentList.Arguments.Where((_, i) => i != position).Select(a => (TypeSyntax)Visit(a)!).ToList();
                        return kept.Count == 0
                            ? IdentifierName(node.Identifier).WithTriviaFrom(node)
                            : node.WithTypeArgumentList(node.TypeArgumentList.WithArguments(SeparatedList(kept)));
                    }
                }

                return base.VisitGenericName(node);
            }

            public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
            {
                if (!IsT(_model.GetSymbolInfo(node.Expression).Symbol))
                {
                    return base.VisitMemberAccessExpression(node);
                }

                string name = node.Name.Identifier.ValueText;
                if (name is "Zero" or "One")
                {
                    return LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(name == "Zero" ? "0f" : "1f", name == "Zero" ? 0f : 1f)).WithTriviaFrom(node);
                }

                if (node.Parent is InvocationExpressionSyntax call && call.Expression == node && Conversions.Contains(name))
                {
                    return node; // VisitInvocationExpression turns the call into a cast.
                }

                // float's own public static member of that name is the one the generic-math interface maps to.
                var single = _model.Compilation.GetSpecialType(SpecialType.System_Single);
                if (!single.GetMembers(name).Any(m => m.IsStatic && m.DeclaredAccessibility == Accessibility.Public))
                {
                    throw owner.Refuse(node, $"T.{name}, which float does not declare");
                }

                return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Float, (SimpleNameSyntax)Visit(node.Name)!).WithTriviaFrom(node);
            }

            public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
            {
                if (node.Expression is MemberAccessExpressionSyntax access && IsT(_model.GetSymbolInfo(access.Expression).Symbol)
                    && Conversions.Contains(access.Name.Identifier.ValueText))
                {
                    // T.CreateTruncating(x) of a primitive x is the cast (float)x.
                    var argument = node.ArgumentList.Arguments.Single().Expression;
                    var type = _model.GetTypeInfo(argument).Type;
                    if (type?.SpecialType is not (SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int32 or SpecialType.System_Int64))
                    {
                        throw owner.Refuse(node, "a conversion from a type other than double, float, int or long");
                    }

                    var value = (ExpressionSyntax)Visit(argument)!;
                    return CastExpression(Float, ParenthesizedExpression(value.WithoutTrivia())).WithTriviaFrom(node);
                }

                if (node.Expression is MemberAccessExpressionSyntax toDouble
                    && _model.GetSymbolInfo(toDouble.Expression).Symbol is ITypeSymbol { SpecialType: SpecialType.System_Double }
                    && Conversions.Contains(toDouble.Name.Identifier.ValueText) && node.ArgumentList.Arguments.Count == 1
                    && _model.GetTypeInfo(node.ArgumentList.Arguments[0].Expression).Type is ITypeParameterSymbol source && IsT(source))
                {
                    // double.CreateTruncating(x) of a T x is the cast (double)x, exact from float: no generic CoreLib
                    // method for the JIT to compile at the first call (ReadyToRun precompiles the cast).
                    var value = (ExpressionSyntax)Visit(node.ArgumentList.Arguments[0].Expression)!;
                    return CastExpression(PredefinedType(Token(SyntaxKind.DoubleKeyword)), ParenthesizedExpression(value.WithoutTrivia())).WithTriviaFrom(node);
                }

                var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
                if (_model.GetSymbolInfo(node).Symbol is IMethodSymbol { IsGenericMethod: true } target && !IsMarked(target.ReducedFrom ?? target)
                    && (node.Expression is IdentifierNameSyntax || node.Expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax }))
                {
                    // An inferred call of a generic method with no copy keeps its target: with float arguments a
                    // non-generic overload could win (Vector.LessThan(Vector<float>, …) returns Vector<int>).
                    var arguments = TypeArgumentList(SeparatedList(target.TypeArguments.Select(a => ParseTypeName(Substitute(a).ToMinimalDisplayString(_model, node.SpanStart)))));
                    return visited.Expression switch
                    {
                        IdentifierNameSyntax name => visited.WithExpression(GenericName(name.Identifier, arguments).WithTriviaFrom(name)),
                        MemberAccessExpressionSyntax member => visited.WithExpression(member.WithName(GenericName(member.Name.Identifier, arguments).WithTriviaFrom(member.Name))),
                        _ => throw owner.Refuse(node, "a call of a generic method through an expression the rewriter does not know"),
                    };
                }

                return visited;
            }

            /// <summary>A type with T replaced by float.</summary>
            private ITypeSymbol Substitute(ITypeSymbol type) => type switch
            {
                ITypeParameterSymbol parameter when IsT(parameter) => _model.Compilation.GetSpecialType(SpecialType.System_Single),
                IArrayTypeSymbol array => _model.Compilation.CreateArrayTypeSymbol(Substitute(array.ElementType), array.Rank),
                INamedTypeSymbol { IsGenericType: true } named when named.TypeArguments.Any(Mentions)
                    => named.ConstructedFrom.Construct(named.TypeArguments.Select(Substitute).ToArray()),
                _ when Mentions(type) => throw new PortableRewriteException($"{type}: a type the float-copy rewriter cannot substitute"),
                _ => type,
            };

            private bool Mentions(ITypeSymbol type) => type switch
            {
                ITypeParameterSymbol parameter => IsT(parameter),
                IArrayTypeSymbol array => Mentions(array.ElementType),
                INamedTypeSymbol named => named.TypeArguments.Any(Mentions) || named.ContainingType is { } outer && Mentions(outer),
                _ => false,
            };
        }
    }
}
