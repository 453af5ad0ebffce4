using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace NetGen.Portable.Tests.Rewriter;

/// <summary>One semantic model per tree (each new model binds afresh).</summary>
internal static class Models
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, SemanticModel> Cache = new();

    public static SemanticModel Of(Compilation compilation, SyntaxTree tree) => Cache.GetValue(tree, t => compilation.GetSemanticModel(t));
}

/// <summary>Rewrites one source file for the portable build; <see cref="Run"/> returns null when nothing needs rewriting.</summary>
internal sealed class FileRewriter
{
    private const string PortableMath = "global::NetGen.Runtime.PortableMath";
    private const string PortableBinary = "global::NetGen.Runtime.PortableBinary";
    internal const string PortableSpansRead = "global::NetGen.Runtime.PortableSpans.Read";

    /// <summary>Generic-math statics of T with a float/double overload in PortableMath (same name).</summary>
    internal static readonly string[] MathMembers =
        ["Abs", "BitDecrement", "BitIncrement", "Clamp", "Exp", "ExpM1", "IsFinite", "IsInteger", "IsNaN", "IsNegative", "IsZero", "Log", "Max", "Min", "Sqrt", "Tanh"];

    /// <summary>Constants of T that float and double declare under the same name.</summary>
    private static readonly string[] SharedConstants = ["PositiveInfinity", "NegativeInfinity", "NaN", "MaxValue", "MinValue", "Epsilon"];

    private static readonly string[] Conversions = ["CreateTruncating", "CreateChecked", "CreateSaturating"];

    /// <summary>BCL members netstandard lacks: (containing type, member) → the polyfill class with the same member.</summary>
    private static readonly Dictionary<(string Type, string Member), string> ApiGaps = new()
    {
        [("System.Math", "BigMul")] = PortableMath,
        [("System.Math", "BitIncrement")] = PortableMath,
        [("System.Math", "BitDecrement")] = PortableMath,
        [("System.Math", "ILogB")] = PortableMath,
        [("System.Math", "ScaleB")] = PortableMath,
        [("System.Math", "Clamp")] = PortableMath,
        [("System.MathF", "BitIncrement")] = PortableMath,
        [("System.MathF", "BitDecrement")] = PortableMath,
        [("System.MathF", "Exp")] = PortableMath,
        [("System.MathF", "Log")] = PortableMath,
        [("System.MathF", "Tanh")] = PortableMath,
        [("System.MathF", "Sqrt")] = PortableMath,
        [("System.MathF", "Abs")] = PortableMath,
        [("System.MathF", "Max")] = PortableMath,
        [("System.MathF", "Min")] = PortableMath,
        [("System.Single", "IsFinite")] = PortableMath,
        [("System.Double", "IsFinite")] = PortableMath,
        [("System.Single", "IsNegative")] = PortableMath,
        [("System.Double", "IsNegative")] = PortableMath,
        [("System.Array", "MaxLength")] = "global::NetGen.Runtime.PortableArray",
        [("System.ArgumentNullException", "ThrowIfNull")] = "global::NetGen.Runtime.PortableThrow",
        [("System.ArgumentException", "ThrowIfNullOrEmpty")] = "global::NetGen.Runtime.PortableThrow",
        [("System.ArgumentOutOfRangeException", "ThrowIfNegativeOrZero")] = "global::NetGen.Runtime.PortableThrow",
        [("System.ArgumentOutOfRangeException", "ThrowIfNegative")] = "global::NetGen.Runtime.PortableThrow",
        [("System.IO.File", "Move")] = "global::NetGen.Runtime.PortableFile",
        [("System.Convert", "TryFromBase64String")] = "global::NetGen.Runtime.PortableConvert",
        [("System.Collections.Generic.Dictionary<TKey, TValue>", "TryAdd")] = "global::NetGen.Runtime.PortableCollections",
        [("System.IO.Stream", "Write/1")] = "global::NetGen.Runtime.PortableStream",
        [("System.Diagnostics.Stopwatch", "GetElapsedTime")] = "global::NetGen.Runtime.PortableStopwatch",
        [("System.Buffers.Binary.BinaryPrimitives", "ReadSingleLittleEndian")] = PortableBinary,
        [("System.Buffers.Binary.BinaryPrimitives", "ReadDoubleLittleEndian")] = PortableBinary,
        [("System.Buffers.Binary.BinaryPrimitives", "WriteSingleLittleEndian")] = PortableBinary,
        [("System.Buffers.Binary.BinaryPrimitives", "WriteDoubleLittleEndian")] = PortableBinary,
    };

    private readonly SemanticModel _model;
    private readonly string _file;
    private readonly Dictionary<ISymbol, PointerInfo> _pointers;
    private readonly Compilation _compilation;
    private readonly HashSet<INamedTypeSymbol> _specialisedTypes = new(SymbolEqualityComparer.Default);
    private bool _changed;

    public FileRewriter(SemanticModel model, string file, Dictionary<ISymbol, PointerInfo> pointers)
    {
        _model = model;
        _file = file;
        _pointers = pointers;
        _compilation = model.Compilation;
    }

    /// <summary>The ref-T pointers of the whole portable set (a pointer parameter's call sites may be in another file).</summary>
    public static Dictionary<ISymbol, PointerInfo> FindPointers(Compilation compilation, IEnumerable<SyntaxTree> trees)
    {
        var pointers = new Dictionary<ISymbol, PointerInfo>(SymbolEqualityComparer.Default);
        var list = trees.ToList();
        foreach (var tree in list)
        {
            new FileRewriter(Models.Of(compilation, tree), tree.FilePath, pointers).FindPointers(tree.GetRoot(), pass: 0);
        }

        for (int pass = 1; pass <= 2; pass++)
        {
            foreach (var tree in list)
            {
                new FileRewriter(Models.Of(compilation, tree), tree.FilePath, pointers).FindPointers(tree.GetRoot(), pass);
            }
        }

        for (bool again = true; again;)
        {
            again = false;
            foreach (var tree in list)
            {
                again |= new FileRewriter(Models.Of(compilation, tree), tree.FilePath, pointers).FindPointers(tree.GetRoot(), pass: 3);
            }
        }

        return pointers;
    }

    public string? Run()
    {
        var root = (CompilationUnitSyntax)_model.SyntaxTree.GetRoot();
        CheckDirectives(root);
        var rewritten = new Specialiser(this, null).Visit(root)!;
        if (!_changed)
        {
            return null;
        }

        // Parsed again: the rewrite builds some names as single tokens (global::System.ReadOnlySpan), which ReadViews reads syntactically.
        var reparsed = CSharpSyntaxTree.ParseText(StripTrivia(rewritten).ToFullString(), (CSharpParseOptions)_model.SyntaxTree.Options).GetRoot();
        return PlainCrefs(new ReadViews().Visit(reparsed)!.ToFullString());
    }

    internal PortableRewriteException Refuse(SyntaxNode node, string what)
    {
        var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        return new PortableRewriteException($"{_file}({line}): {what}: `{Shorten(node.ToString())}`. Extend the portable rewriter or change the source.");
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    /// <summary>Only NET8_0_OR_GREATER fences (and pragmas, nullable, regions) are known; the parse already dropped their inactive side.</summary>
    private void CheckDirectives(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.GetStructure() is ConditionalDirectiveTriviaSyntax conditional)
            {
                string condition = conditional.Condition.ToString().Trim();
                if (condition is not ("NET8_0_OR_GREATER" or "!NET8_0_OR_GREATER"))
                {
                    throw Refuse(conditional, "a conditional other than NET8_0_OR_GREATER");
                }
            }
            else if (trivia.GetStructure() is DefineDirectiveTriviaSyntax or UndefDirectiveTriviaSyntax)
            {
                throw Refuse(trivia.GetStructure()!, "#define/#undef");
            }
        }
    }

    /// <summary>
    /// Documentation links become code text: a cref to a generic form (Relu{T}) or to a method that now has a float and
    /// a double overload would not resolve. Exception crefs name types and stay.
    /// </summary>
    private static string PlainCrefs(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == Specialiser.BeginMarker)
            {
                lines[i] = "#if !NET8_0_OR_GREATER";
            }
            else if (lines[i].Trim() == Specialiser.EndMarker)
            {
                lines[i] = "#endif";
            }

            if (lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                lines[i] = System.Text.RegularExpressions.Regex.Replace(lines[i], @"<(see|seealso) cref=""([^""]*)""\s*/>", "<c>$2</c>");
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>The documentation of a specialised member: no &lt;typeparam&gt; for T, and T's references read float or double.</summary>
    internal static SyntaxTriviaList SpecialisedDocumentation(SyntaxTriviaList trivia, string t, string keyword)
    {
        string text = trivia.ToFullString();
        if (!text.Contains("///", StringComparison.Ordinal))
        {
            return trivia;
        }

        var lines = text.Split('\n').Where(line => !line.TrimStart().StartsWith($"/// <typeparam name=\"{t}\">", StringComparison.Ordinal));
        text = string.Join("\n", lines).Replace($"<typeparamref name=\"{t}\"/>", $"<c>{keyword}</c>", StringComparison.Ordinal);
        return ParseLeadingTrivia(text);
    }

    /// <summary>Drops the conditional directives and their inactive text: the output is one flavour.</summary>
    private static SyntaxNode StripTrivia(SyntaxNode root)
    {
        return root.ReplaceTrivia(root.DescendantTrivia(descendIntoTrivia: false), (original, _) =>
        {
            return original.Kind() switch
            {
                SyntaxKind.IfDirectiveTrivia or SyntaxKind.ElseDirectiveTrivia or SyntaxKind.ElifDirectiveTrivia or SyntaxKind.EndIfDirectiveTrivia
                    or SyntaxKind.DisabledTextTrivia
                    => default,
                _ => original,
            };
        });
    }

    // ---- Managed pointers: `ref T` locals and parameters walked with Unsafe.Add become spans plus indices. ----

    internal sealed class PointerInfo
    {
        public bool IsPointer; // false: a ref to one element (ref T target = ref Unsafe.Add(ref p, i))
        public bool ReadOnly;
    }

    private bool FindPointers(SyntaxNode root, int pass)
    {
        var refLocals = root.DescendantNodes().OfType<LocalDeclarationStatementSyntax>().Where(d => d.Declaration.Type is RefTypeSyntax).ToList();
        if (pass == 0)
        {
            FindCandidates(root, refLocals);
            return false;
        }

        if (pass <= 2)
        {
            MarkPointers(root, refLocals);
            return false;
        }

        return MarkReadOnly(root, refLocals);
    }

    private void FindCandidates(SyntaxNode root, List<LocalDeclarationStatementSyntax> refLocals)
    {
        foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            foreach (var parameter in method.ParameterList.Parameters)
            {
                if (_model.GetDeclaredSymbol(parameter) is { RefKind: RefKind.Ref, Type: ITypeParameterSymbol type } symbol && PortableRewriter.IsGenericMath(type))
                {
                    _pointers[symbol] = new PointerInfo { IsPointer = true };
                }
            }
        }

        foreach (var declaration in refLocals)
        {
            foreach (var variable in declaration.Declaration.Variables)
            {
                if (_model.GetDeclaredSymbol(variable) is ILocalSymbol { Type: ITypeParameterSymbol type } local && PortableRewriter.IsGenericMath(type))
                {
                    _pointers[local] = new PointerInfo();
                }
            }
        }
    }

    private void MarkPointers(SyntaxNode root, List<LocalDeclarationStatementSyntax> refLocals)
    {
        // A ref local is a pointer when it comes from GetReference, is walked with Unsafe.Add or is passed to a pointer parameter.
        foreach (var declaration in refLocals)
        {
            foreach (var variable in declaration.Declaration.Variables)
            {
                if (_model.GetDeclaredSymbol(variable) is ILocalSymbol local && _pointers.TryGetValue(local, out var info)
                    && variable.Initializer?.Value is RefExpressionSyntax { Expression: InvocationExpressionSyntax init } && IsCall(init, "System.Runtime.InteropServices.MemoryMarshal", "GetReference"))
                {
                    info.IsPointer = true;
                }
            }
        }

        foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (IsCall(invocation, "System.Runtime.CompilerServices.Unsafe", "Add") && invocation.ArgumentList.Arguments[0].Expression is IdentifierNameSyntax walked
                && _model.GetSymbolInfo(walked).Symbol is { } symbol && _pointers.TryGetValue(symbol, out var info))
            {
                info.IsPointer = true;
            }

            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                if (argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) && argument.Expression is IdentifierNameSyntax passed
                    && _model.GetSymbolInfo(passed).Symbol is { } passedSymbol && _pointers.TryGetValue(passedSymbol, out var passedInfo)
                    && ParameterOf(invocation, argument) is { } parameter && IsPointer(parameter))
                {
                    passedInfo.IsPointer = true;
                }
            }
        }

    }

    /// <summary>Read-only when the memory comes from a ReadOnlySpan, through locals and call sites (the caller repeats to a fixed point).</summary>
    private bool MarkReadOnly(SyntaxNode root, List<LocalDeclarationStatementSyntax> refLocals)
    {
        bool again = false;
        {
            foreach (var declaration in refLocals)
            {
                foreach (var variable in declaration.Declaration.Variables)
                {
                    if (_model.GetDeclaredSymbol(variable) is ILocalSymbol local && _pointers.TryGetValue(local, out var info) && !info.ReadOnly
                        && variable.Initializer?.Value is RefExpressionSyntax reference && PointerIsReadOnly(reference.Expression))
                    {
                        info.ReadOnly = again = true;
                    }
                }
            }

            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) && ParameterOf(invocation, argument) is { } parameter
                        && _pointers.TryGetValue(parameter.OriginalDefinition, out var info) && info.IsPointer && !info.ReadOnly && PointerIsReadOnly(argument.Expression))
                    {
                        info.ReadOnly = again = true;
                    }
                }
            }
        }

        return again;
    }

    internal bool PointerIsReadOnly(ExpressionSyntax expression) => expression switch
    {
        InvocationExpressionSyntax call when IsCall(call, "System.Runtime.InteropServices.MemoryMarshal", "GetReference")
            => IsReadOnlySpan(_model.GetTypeInfo(call.ArgumentList.Arguments[0].Expression).Type),
        InvocationExpressionSyntax call when IsCall(call, "System.Runtime.CompilerServices.Unsafe", "Add")
            => PointerIsReadOnly(call.ArgumentList.Arguments[0].Expression),
        IdentifierNameSyntax name when _model.GetSymbolInfo(name).Symbol is { } symbol && _pointers.TryGetValue(symbol.OriginalDefinition, out var info)
            => info.ReadOnly,
        _ => false,
    };

    private bool IsPointer(IParameterSymbol parameter)
        => _pointers.TryGetValue(parameter.OriginalDefinition, out var info) && info.IsPointer;

    internal PointerInfo? Pointer(ISymbol? symbol)
        => symbol is not null && _pointers.TryGetValue(symbol.OriginalDefinition, out var info) ? info : null;

    private SemanticModel ModelOf(SyntaxNode node) => node.SyntaxTree == _model.SyntaxTree ? _model : Models.Of(_compilation, node.SyntaxTree);

    internal static bool IsReadOnlySpan(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "ReadOnlySpan", Arity: 1 } named && named.ContainingNamespace.ToDisplayString() == "System";

    internal bool IsCall(InvocationExpressionSyntax invocation, string type, string name)
        => ModelOf(invocation).GetSymbolInfo(invocation).Symbol is IMethodSymbol method && method.Name == name && method.ContainingType.ToDisplayString() == type;

    internal IParameterSymbol? ParameterOf(InvocationExpressionSyntax invocation, ArgumentSyntax argument)
    {
        if (ModelOf(invocation).GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        if (argument.NameColon is { } named)
        {
            return method.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.ValueText);
        }

        int index = invocation.ArgumentList.Arguments.IndexOf(argument);
        return index < method.Parameters.Length ? method.Parameters[index] : null;
    }

    // ---- The rewriting pass: one instance per flavour (T → float, T → double, or no substitution). ----

    internal sealed class Specialiser : CSharpSyntaxRewriter
    {
        private readonly FileRewriter _file;
        private readonly SemanticModel _model;
        private readonly ITypeParameterSymbol? _t;
        private readonly SyntaxKind _keyword;
        private int _loopDepth;

        public Specialiser(FileRewriter file, (ITypeParameterSymbol T, SyntaxKind Keyword)? substitution)
        {
            _file = file;
            _model = file._model;
            _t = substitution?.T;
            _keyword = substitution?.Keyword ?? SyntaxKind.None;
        }

        private static readonly SyntaxKind[] Flavours = [SyntaxKind.FloatKeyword, SyntaxKind.DoubleKeyword];

        private string Suffix => _keyword == SyntaxKind.FloatKeyword ? "OfSingle" : "OfDouble";

        private TypeSyntax ElementType => _t is null ? throw new InvalidOperationException("no substitution") : PredefinedType(Token(_keyword));

        public override SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list)
        {
            var result = new List<TNode>();
            foreach (var item in list)
            {
                if (item is MethodDeclarationSyntax method && _model.GetDeclaredSymbol(method) is { } symbol && PortableRewriter.GenericMathParameter(symbol) is { } t)
                {
                    if (_t is not null)
                    {
                        throw _file.Refuse(method, "a generic-math method inside a specialised type");
                    }

                    _file._changed = true;
                    bool inferable = symbol.Parameters.Any(p => Mentions(p.Type, t));
                    foreach (var flavour in Flavours)
                    {
                        var specialised = (MethodDeclarationSyntax)new Specialiser(_file, (t, flavour)) { _renamingMethod = inferable ? null : symbol }.Visit(method)!;
                        SyntaxNode overload = inferable ? LowPriority(specialised) : specialised;

                        // net8.0 has the [FloatCopy] copy (SIMD, same signature) in this overload's place.
                        result.Add((TNode)(inferable && flavour == SyntaxKind.FloatKeyword && FloatCopyRewriter.IsMarked(symbol) ? PortableOnly(overload) : overload));
                    }

                    if (!inferable && symbol.DeclaredAccessibility != Accessibility.Private)
                    {
                        result.Add((TNode)PortableOnly(Dispatcher(method, symbol, t)));
                    }

                    continue;
                }

                if (item is TypeDeclarationSyntax type && _model.GetDeclaredSymbol(type) is { } typeSymbol && PortableRewriter.GenericMathParameter(typeSymbol) is { } typeT)
                {
                    _file._changed = true;
                    if (typeSymbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)
                    {
                        // Public generic types stay generic (users implement INeuralNetwork<float>); only the generic-math constraint goes.
                        result.Add((TNode)PortableOnly(new Specialiser(_file, null) { _stripConstraintOf = typeT, _verbatim = false }.Visit(type)!));
                    }
                    else
                    {
                        _file._specialisedTypes.Add(typeSymbol);
                        foreach (var flavour in Flavours)
                        {
                            var specialised = new Specialiser(_file, (typeT, flavour)) { _renaming = typeSymbol }.Visit(type)!;
                            result.Add((TNode)(flavour == SyntaxKind.FloatKeyword && FloatCopyRewriter.IsMarked(typeSymbol) ? PortableOnly(specialised) : specialised));
                        }
                    }

                    continue;
                }

                var visited = Visit(item);
                if (visited is null)
                {
                    continue;
                }

                // The net8.0 build compiles the originals and this file: what is not a specialisation is for netstandard only.
                bool container = item is BaseNamespaceDeclarationSyntax || item is TypeDeclarationSyntax && HoldsSpecialisations(item);
                result.Add((TNode)(_verbatim && _t is null && item is MemberDeclarationSyntax && !container ? PortableOnly(visited) : visited));
            }

            return List(result);
        }

        /// <summary>False inside a type that is portable-only as a whole.</summary>
        private bool _verbatim = true;

        private bool HoldsSpecialisations(SyntaxNode type)
            => type.DescendantNodes().Any(node => node switch
            {
                MethodDeclarationSyntax method => _model.GetDeclaredSymbol(method) is { } m && PortableRewriter.GenericMathParameter(m) is not null,
                TypeDeclarationSyntax nested => _model.GetDeclaredSymbol(nested) is { } n && PortableRewriter.GenericMathParameter(n) is not null
                    && n.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal),
                _ => false,
            });

        internal const string BeginMarker = "// @@netgen-portable-only-begin";
        internal const string EndMarker = "// @@netgen-portable-only-end";

        /// <summary>Fences a member with #if !NET8_0_OR_GREATER (markers, turned into directives once the text is final).</summary>
        private static SyntaxNode PortableOnly(SyntaxNode node)
        {
            var trailing = node.GetTrailingTrivia();
            if (trailing.Count == 0 || !trailing.Last().IsKind(SyntaxKind.EndOfLineTrivia))
            {
                trailing = trailing.Add(EndOfLine("\n"));
            }

            return node.WithLeadingTrivia(node.GetLeadingTrivia().InsertRange(0, [Comment(BeginMarker), EndOfLine("\n")]))
                .WithTrailingTrivia(trailing.AddRange([Comment(EndMarker), EndOfLine("\n")]));
        }

        /// <summary>[OverloadResolutionPriority(-1)]: in net8.0, where the generic original sits beside it, calls keep binding to the original.</summary>
        private static MethodDeclarationSyntax LowPriority(MethodDeclarationSyntax method)
        {
            var leading = method.GetLeadingTrivia();
            var indent = leading.LastOrDefault(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia));
            var attribute = AttributeList(SingletonSeparatedList(Attribute(
                    ParseName("global::System.Runtime.CompilerServices.OverloadResolutionPriority"), ParseAttributeArgumentList("(-1)"))))
                .WithLeadingTrivia(leading).WithTrailingTrivia(EndOfLine("\n"));
            method = method.WithLeadingTrivia(indent);
            return method.WithAttributeLists(method.AttributeLists.Insert(0, attribute));
        }

        /// <summary>A type holding specialisations: partial in every build, its attributes and documentation for netstandard only (net8.0's original has them).</summary>
        private TypeDeclarationSyntax PartialHeader(TypeDeclarationSyntax original, TypeDeclarationSyntax visited)
        {
            if (!original.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                throw _file.Refuse(original.Identifier.Parent!, $"{original.Identifier.ValueText} holds generic-math members but is not partial (the net8.0 build compiles it beside its specialisations)");
            }

            var leading = visited.GetLeadingTrivia();
            var indent = leading.LastOrDefault(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia));
            if (visited.AttributeLists.Count > 0)
            {
                var marked = visited.WithLeadingTrivia(leading.InsertRange(0, [Comment(BeginMarker), EndOfLine("\n")]));
                var first = marked.Modifiers.Count > 0 ? marked.Modifiers[0] : marked.Keyword;
                return marked.ReplaceToken(first, first.WithLeadingTrivia(TriviaList(Comment(EndMarker), EndOfLine("\n"), indent)));
            }

            var body = leading.Take(leading.Count - (indent == default ? 0 : 1));
            return visited.WithLeadingTrivia(TriviaList([Comment(BeginMarker), EndOfLine("\n"), .. body, Comment(EndMarker), EndOfLine("\n"), indent]));
        }

        private ITypeParameterSymbol? _stripConstraintOf;
        private IMethodSymbol? _renamingMethod;

        private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol t) => type switch
        {
            ITypeParameterSymbol parameter => SymbolEqualityComparer.Default.Equals(parameter, t),
            IArrayTypeSymbol array => Mentions(array.ElementType, t),
            INamedTypeSymbol named => named.TypeArguments.Any(a => Mentions(a, t)),
            _ => false,
        };

        /// <summary>
        /// A method whose T no argument tells keeps its generic form in portable, so callers still write M&lt;float&gt;(…):
        /// it dispatches on typeof(T) to the MOfSingle/MOfDouble specialisations (folded by the JIT).
        /// </summary>
        private MethodDeclarationSyntax Dispatcher(MethodDeclarationSyntax method, IMethodSymbol symbol, ITypeParameterSymbol t)
        {
            if (symbol.TypeParameters.Length != 1)
            {
                throw _file.Refuse(method, "a method with T not inferable and other type parameters");
            }

            string arguments = string.Join(", ", method.ParameterList.Parameters.Select(p => p.Identifier.ValueText));
            string returnType = method.ReturnType.WithoutTrivia().ToString();
            bool isVoid = symbol.ReturnsVoid;
            string Call(string suffix) => isVoid
                ? $"{{ {method.Identifier.ValueText}{suffix}({arguments}); return; }}"
                : $"return ({returnType})(object){method.Identifier.ValueText}{suffix}({arguments});";
            var modifiers = string.Join(" ", method.Modifiers.Where(m => !m.IsKind(SyntaxKind.UnsafeKeyword)).Select(m => m.ValueText));
            string parameters = method.ParameterList.WithoutTrivia().NormalizeWhitespace().ToString();
            string text = $$"""
                {{modifiers}} {{returnType}} {{method.Identifier.ValueText}}<{{t.Name}}>{{parameters}} where {{t.Name}} : struct
                {
                    if (typeof({{t.Name}}) == typeof(float)) {{Call("OfSingle")}}
                    if (typeof({{t.Name}}) == typeof(double)) {{Call("OfDouble")}}
                    throw new global::System.NotSupportedException($"{{method.Identifier.ValueText}} supports float and double, not {typeof({{t.Name}}).Name}.");
                }
                """;
            var parsed = (MethodDeclarationSyntax)ParseMemberDeclaration(text)!;
            string indent = method.GetLeadingTrivia().LastOrDefault(tr => tr.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
            string body = parsed.NormalizeWhitespace(indentation: "    ", eol: "\n").ToFullString();
            string indented = string.Join("\n", body.Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : indent + line));
            return ((MethodDeclarationSyntax)ParseMemberDeclaration(indented)!)
                .WithLeadingTrivia(ParseLeadingTrivia("\n").AddRange(method.GetLeadingTrivia()))
                .WithTrailingTrivia(EndOfLine("\n"));
        }
        private INamedTypeSymbol? _renaming;

        private bool IsSubstituted(ISymbol? symbol) => _t is not null && SymbolEqualityComparer.Default.Equals(symbol, _t);

        public override SyntaxNode? VisitTypeParameterList(TypeParameterListSyntax node)
        {
            var kept = node.Parameters.Where(p => !IsSubstituted(_model.GetDeclaredSymbol(p))).Select(p => (TypeParameterSyntax)Visit(p)!).ToList();
            var separators = Enumerable.Repeat(Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space), Math.Max(0, kept.Count - 1));
            return node.WithParameters(SeparatedList(kept, separators));
        }

        public override SyntaxNode? VisitTypeParameterConstraintClause(TypeParameterConstraintClauseSyntax node)
        {
            var symbol = _model.GetSymbolInfo(node.Name).Symbol;
            if (IsSubstituted(symbol) || (_stripConstraintOf is not null && SymbolEqualityComparer.Default.Equals(symbol, _stripConstraintOf)))
            {
                return null;
            }

            return base.VisitTypeParameterConstraintClause(node);
        }

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            if (_renamingMethod is not null && SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(node), _renamingMethod))
            {
                visited = visited.WithIdentifier(Identifier(node.Identifier.ValueText + Suffix).WithTriviaFrom(node.Identifier));

                // Callers outside reach it through the generic dispatcher: keep the specialisation out of the public API.
                visited = visited.WithModifiers(TokenList(visited.Modifiers.Select(m => m.IsKind(SyntaxKind.PublicKeyword) ? Token(m.LeadingTrivia, SyntaxKind.InternalKeyword, m.TrailingTrivia) : m)));
            }

            if (_t is not null && _model.GetDeclaredSymbol(node) is { } declared && declared.TypeParameters.Contains(_t, SymbolEqualityComparer.Default))
            {
                visited = visited.WithLeadingTrivia(SpecialisedDocumentation(visited.GetLeadingTrivia(), _t.Name, _keyword == SyntaxKind.FloatKeyword ? "float" : "double"));
            }

            return WithoutEmptyGenerics(node, visited);
        }

        /// <summary>
        /// <paramref name="visited"/> (a rewrite of <paramref name="node"/> that removed type parameters) without an
        /// empty type parameter list, and with the line break the removed constraint clauses carried kept.
        /// </summary>
        internal static MethodDeclarationSyntax WithoutEmptyGenerics(MethodDeclarationSyntax node, MethodDeclarationSyntax visited)
        {
            if (node.ConstraintClauses.Count > 0 && visited.ConstraintClauses.Count == 0)
            {
                // The removed clause carried the line break before the body.
                visited = visited.WithParameterList(visited.ParameterList.WithTrailingTrivia(node.ConstraintClauses.Last().GetTrailingTrivia()));
            }

            if (visited.TypeParameterList is { Parameters.Count: 0 })
            {
                visited = visited.WithTypeParameterList(null).WithIdentifier(visited.Identifier.WithTrailingTrivia(visited.TypeParameterList.GetTrailingTrivia()));
            }

            return visited;
        }

        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node)
            => RenameType(node, (StructDeclarationSyntax)base.VisitStructDeclaration(node)!);

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node)
            => RenameType(node, (ClassDeclarationSyntax)base.VisitClassDeclaration(node)!);

        private SyntaxNode RenameType(TypeDeclarationSyntax original, TypeDeclarationSyntax visited)
        {
            if (_renaming is null || !SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(original), _renaming))
            {
                return _t is null && _verbatim && HoldsSpecialisations(original) ? PartialHeader(original, visited) : visited;
            }

            var trailing = visited.TypeParameterList?.GetTrailingTrivia() ?? visited.Identifier.TrailingTrivia;
            visited = visited.WithLeadingTrivia(SpecialisedDocumentation(visited.GetLeadingTrivia(), _t!.Name, _keyword == SyntaxKind.FloatKeyword ? "float" : "double"));
            return visited.WithTypeParameterList(null).WithIdentifier(Identifier(original.Identifier.ValueText + Suffix).WithTriviaFrom(original.Identifier).WithTrailingTrivia(trailing));
        }

        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        {
            var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
            if (_renaming is not null && SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(node)?.ContainingType, _renaming))
            {
                visited = visited.WithIdentifier(Identifier(node.Identifier.ValueText + Suffix).WithTriviaFrom(node.Identifier));
            }

            return visited;
        }

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            var symbol = _model.GetSymbolInfo(node).Symbol;
            if (IsSubstituted(symbol))
            {
                return ElementType.WithTriviaFrom(node);
            }

            if (symbol is ITypeParameterSymbol parameter && PortableRewriter.IsGenericMath(parameter) && _stripConstraintOf is null
                && parameter.TypeParameterKind == TypeParameterKind.Method)
            {
                throw _file.Refuse(node, "a generic-math type parameter outside its specialisation");
            }

            if (_file.Pointer(symbol) is { IsPointer: true })
            {
                throw _file.Refuse(node, "a ref-T pointer used other than through Unsafe.Add or as a ref argument");
            }

            return base.VisitIdentifierName(node);
        }

        public override SyntaxNode? VisitGenericName(GenericNameSyntax node)
        {
            var symbol = _model.GetSymbolInfo(node).Symbol;
            if (symbol is INamedTypeSymbol type && _file._specialisedTypes.Contains(type.OriginalDefinition)
                || symbol is INamedTypeSymbol { IsGenericType: true } pending && PortableRewriter.GenericMathParameter(pending) is not null
                    && pending.OriginalDefinition.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)
                    && pending.OriginalDefinition.Locations.Any(l => l.SourceTree == _model.SyntaxTree))
            {
                var named = (INamedTypeSymbol)symbol!;
                var argument = named.TypeArguments.Single();
                string suffix = IsSubstituted(argument) ? Suffix
                    : argument.SpecialType == SpecialType.System_Single ? "OfSingle"
                    : argument.SpecialType == SpecialType.System_Double ? "OfDouble"
                    : throw _file.Refuse(node, "a specialised type with a type argument other than float or double");
                return IdentifierName(Identifier(node.Identifier.ValueText + suffix)).WithTriviaFrom(node);
            }

            if (symbol is IMethodSymbol target && PortableRewriter.GenericMathParameter(target) is { } targetT
                && !target.OriginalDefinition.Parameters.Any(p => Mentions(p.Type, targetT)))
            {
                var argument = target.TypeArguments[target.OriginalDefinition.TypeParameters.IndexOf(targetT)];
                string suffix = IsSubstituted(argument) ? Suffix
                    : argument.SpecialType == SpecialType.System_Single ? "OfSingle"
                    : argument.SpecialType == SpecialType.System_Double ? "OfDouble"
                    : throw _file.Refuse(node, "a call with a type argument other than float or double");
                if (target.TypeParameters.Length != 1)
                {
                    throw _file.Refuse(node, "a call of a method with T not inferable and other type parameters");
                }

                return IdentifierName(Identifier(node.Identifier.ValueText + suffix)).WithTriviaFrom(node);
            }

            if (symbol is IMethodSymbol method && PortableRewriter.GenericMathParameter(method) is { } t)
            {
                // The float/double overloads bind by the arguments: drop T's explicit type argument.
                int position = method.OriginalDefinition.TypeParameters.IndexOf(t);
                var kept = node.TypeArgumentList.Arguments.Where((_, i) => i != position).Select(a => (TypeSyntax)Visit(a)!).ToList();
                if (kept.Count == 0)
                {
                    return IdentifierName(node.Identifier).WithTriviaFrom(node);
                }

                return node.WithTypeArgumentList(node.TypeArgumentList.WithArguments(SeparatedList(kept)));
            }

            return base.VisitGenericName(node);
        }

        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            if (_model.GetSymbolInfo(node).Symbol is IPropertySymbol or IFieldSymbol && _model.GetSymbolInfo(node).Symbol is { IsStatic: true } member
                && ApiGaps.TryGetValue((member.ContainingType.ToDisplayString(), member.Name), out var polyfillClass))
            {
                _file._changed = true;
                return ParseExpression($"{polyfillClass}.{member.Name}").WithTriviaFrom(node);
            }

            if (_model.GetSymbolInfo(node.Expression).Symbol is ITypeParameterSymbol receiver && PortableRewriter.IsGenericMath(receiver))
            {
                if (!IsSubstituted(receiver))
                {
                    throw _file.Refuse(node, "a static member of a generic-math type parameter outside its specialisation");
                }

                string name = node.Name.Identifier.ValueText;
                if (name is "Zero" or "One")
                {
                    string text = (name == "Zero" ? "0" : "1") + (_keyword == SyntaxKind.FloatKeyword ? "f" : "d");
                    return (_keyword == SyntaxKind.FloatKeyword
                        ? LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(text, name == "Zero" ? 0f : 1f))
                        : LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(text, name == "Zero" ? 0d : 1d))).WithTriviaFrom(node);
                }

                if (SharedConstants.Contains(name))
                {
                    return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ElementType, IdentifierName(name)).WithTriviaFrom(node);
                }

                throw _file.Refuse(node, $"T.{name} has no portable form");
            }

            return base.VisitMemberAccessExpression(node);
        }

        public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            if (node.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && _model.GetConstantValue(node).HasValue)
            {
                return node;
            }

            var method = _model.GetSymbolInfo(node).Symbol as IMethodSymbol;
            if (method is null)
            {
                throw _file.Refuse(node, "a call the semantic model cannot bind");
            }

            if (node.Expression is MemberAccessExpressionSyntax access)
            {
                var receiver = _model.GetSymbolInfo(access.Expression).Symbol;
                string name = access.Name.Identifier.ValueText;
                bool onT = receiver is ITypeParameterSymbol parameter && PortableRewriter.IsGenericMath(parameter);
                bool onFloat = receiver is INamedTypeSymbol { SpecialType: SpecialType.System_Single or SpecialType.System_Double };
                if (onT && !IsSubstituted(receiver))
                {
                    throw _file.Refuse(node, "a static member of a generic-math type parameter outside its specialisation");
                }

                if ((onT || onFloat && method.IsGenericMethod) && Conversions.Contains(name))
                {
                    _file._changed = true;
                    var target = onT ? ElementType : PredefinedType(Token(((INamedTypeSymbol)receiver!).SpecialType == SpecialType.System_Single ? SyntaxKind.FloatKeyword : SyntaxKind.DoubleKeyword));
                    var value = (ExpressionSyntax)Visit(node.ArgumentList.Arguments.Single().Expression)!;
                    return CastExpression(target, Parenthesize(value)).WithTriviaFrom(node);
                }

                if (onT)
                {
                    if (!MathMembers.Contains(name))
                    {
                        throw _file.Refuse(node, $"T.{name} has no portable form");
                    }

                    return Redirect(node, PortableMath, name);
                }

                string containing = method.ContainingType.OriginalDefinition.ToDisplayString();
                if ((ApiGaps.TryGetValue((containing, name), out var polyfill) || ApiGaps.TryGetValue((containing, $"{name}/{method.Parameters.Length}"), out polyfill))
                    && !(containing == "System.Math" && name == "BigMul" && method.Parameters.Length < 3))
                {
                    _file._changed = true;
                    return Redirect(node, polyfill, name);
                }

                if (method.ContainingType.ToDisplayString() == "System.MathF")
                {
                    throw _file.Refuse(node, $"MathF.{name} has no portable form");
                }
            }

            string type = method.ContainingType.ToDisplayString();
            if (type == "System.Runtime.CompilerServices.Unsafe")
            {
                if (method.Name != "Add")
                {
                    throw _file.Refuse(node, $"Unsafe.{method.Name}");
                }

                return ElementOf(node).WithTriviaFrom(node);
            }

            if (type == "System.Runtime.InteropServices.MemoryMarshal" && method.Name == "GetReference")
            {
                throw _file.Refuse(node, "MemoryMarshal.GetReference other than as a ref argument or a ref local");
            }

            if (method.ContainingType.OriginalDefinition.ToDisplayString() is "System.ReadOnlySpan<T>" or "System.ReadOnlySpan<T>.Enumerator"
                && method.Name is "GetPinnableReference" or "GetEnumerator" or "get_Item")
            {
                throw _file.Refuse(node, $"ReadOnlySpan.{method.Name}, which Mono cannot bind");
            }

            return base.VisitInvocationExpression(node);
        }

        private InvocationExpressionSyntax Redirect(InvocationExpressionSyntax node, string polyfill, string name)
        {
            var arguments = (ArgumentListSyntax)Visit(node.ArgumentList)!;
            if (_model.GetSymbolInfo(node).Symbol is IMethodSymbol { IsStatic: false } && node.Expression is MemberAccessExpressionSyntax access)
            {
                // An instance method: its receiver becomes the polyfill's first argument.
                var receiver = (ExpressionSyntax)Visit(access.Expression)!;
                arguments = arguments.WithArguments(arguments.Arguments.Insert(0, Argument(receiver.WithoutTrivia())));
            }

            return InvocationExpression(ParseExpression($"{polyfill}.{name}"), arguments).WithTriviaFrom(node);
        }

        private static ExpressionSyntax Parenthesize(ExpressionSyntax value)
            => value is IdentifierNameSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax
                or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax
                ? value.WithoutTrivia()
                : ParenthesizedExpression(value.WithoutTrivia());

        public override SyntaxNode? VisitInterpolation(InterpolationSyntax node)
        {
            // `{global::X(…)}` would read `:` as the start of a format: parenthesise rewritten holes.
            var visited = (InterpolationSyntax)base.VisitInterpolation(node)!;
            return visited.Expression.ToString().StartsWith("global::", StringComparison.Ordinal)
                ? visited.WithExpression(ParenthesizedExpression(visited.Expression.WithoutTrivia()))
                : visited;
        }

        // ---- Pointers ----

        public override SyntaxNode? VisitParameter(ParameterSyntax node)
        {
            if (_file.Pointer(_model.GetDeclaredSymbol(node)) is { IsPointer: true } info)
            {
                var modifiers = TokenList(node.Modifiers.Where(m => !m.IsKind(SyntaxKind.RefKeyword)));
                return node.WithModifiers(modifiers).WithType(SpanOf(info.ReadOnly).WithTriviaFrom(node.Type!)).WithLeadingTrivia(node.GetLeadingTrivia());
            }

            return base.VisitParameter(node);
        }

        private TypeSyntax SpanOf(bool readOnly)
            => GenericName(Identifier(readOnly ? "global::System.ReadOnlySpan" : "global::System.Span"), TypeArgumentList(SingletonSeparatedList(ElementType)));

        public override SyntaxNode? VisitLocalDeclarationStatement(LocalDeclarationStatementSyntax node)
        {
            if (node.Declaration.Type is not RefTypeSyntax)
            {
                return base.VisitLocalDeclarationStatement(node);
            }

            var variable = node.Declaration.Variables.Single();
            var info = _file.Pointer(_model.GetDeclaredSymbol(variable));
            if (info is null)
            {
                return base.VisitLocalDeclarationStatement(node);
            }

            var init = ((RefExpressionSyntax)variable.Initializer!.Value).Expression;
            if (info.IsPointer)
            {
                var declaration = VariableDeclaration(SpanOf(info.ReadOnly), SingletonSeparatedList(variable.WithoutTrivia().WithInitializer(EqualsValueClause(Pointer(init)))));
                return node.WithDeclaration(declaration.NormalizeWhitespace()).WithTriviaFrom(node);
            }

            if (PointerIsReadOnly(init))
            {
                throw _file.Refuse(node, "a ref to an element of read-only memory");
            }

            var element = VariableDeclaration(RefType(ElementType), SingletonSeparatedList(variable.WithoutTrivia().WithInitializer(EqualsValueClause(RefExpression(ElementOf(init))))));
            return node.WithDeclaration(element.NormalizeWhitespace()).WithTriviaFrom(node);
        }

        private bool PointerIsReadOnly(ExpressionSyntax expression) => _file.PointerIsReadOnly(expression);

        /// <summary>The span a pointer expression stands for: GetReference(s) → s, Unsafe.Add(ref p, k) → p.Slice(k), p → p.</summary>
        private ExpressionSyntax Pointer(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case InvocationExpressionSyntax call when _file.IsCall(call, "System.Runtime.InteropServices.MemoryMarshal", "GetReference"):
                    _file._changed = true;
                    return Parenthesize((ExpressionSyntax)Visit(call.ArgumentList.Arguments[0].Expression)!);
                case InvocationExpressionSyntax call when _file.IsCall(call, "System.Runtime.CompilerServices.Unsafe", "Add"):
                    _file._changed = true;
                    return InvocationExpression(
                        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Pointer(call.ArgumentList.Arguments[0].Expression), IdentifierName("Slice")),
                        ArgumentList(SingletonSeparatedList(Argument((ExpressionSyntax)Visit(call.ArgumentList.Arguments[1].Expression)!.WithoutTrivia())))).NormalizeWhitespace();
                case IdentifierNameSyntax name when _file.Pointer(_model.GetSymbolInfo(name).Symbol) is { IsPointer: true }:
                    return name.WithoutTrivia();
                default:
                    throw _file.Refuse(expression, "an expression that is not a known pointer");
            }
        }

        /// <summary>One element of a pointer: Unsafe.Add(ref p, k) → p[k] (or PortableSpans.Read(p, k) for read-only memory).</summary>
        private ExpressionSyntax ElementOf(ExpressionSyntax expression)
        {
            if (expression is InvocationExpressionSyntax call && _file.IsCall(call, "System.Runtime.CompilerServices.Unsafe", "Add")
                && call.ArgumentList.Arguments.Count == 2 && call.ArgumentList.Arguments[0].RefKindKeyword.IsKind(SyntaxKind.RefKeyword))
            {
                _file._changed = true;
                var span = Pointer(call.ArgumentList.Arguments[0].Expression);
                var index = ((ExpressionSyntax)Visit(call.ArgumentList.Arguments[1].Expression)!).WithoutTrivia();
                if (PointerIsReadOnly(call.ArgumentList.Arguments[0].Expression))
                {
                    return InvocationExpression(ParseExpression(PortableSpansRead), ArgumentList(SeparatedList([Argument(span), Argument(index)]))).NormalizeWhitespace();
                }

                return ElementAccessExpression(span, BracketedArgumentList(SingletonSeparatedList(Argument(index)))).NormalizeWhitespace();
            }

            throw _file.Refuse(expression, "an element access that is not Unsafe.Add(ref pointer, index)");
        }

        public override SyntaxNode? VisitArgument(ArgumentSyntax node)
        {
            if (node.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) && node.Parent?.Parent is InvocationExpressionSyntax invocation
                && _file.ParameterOf(invocation, node) is { } parameter && _file.Pointer(parameter) is { IsPointer: true })
            {
                return Argument(Pointer(node.Expression)).WithTriviaFrom(node).WithNameColon(node.NameColon);
            }

            return base.VisitArgument(node);
        }

        // ---- ReadOnlySpan reads (Mono cannot bind its indexer or enumerator) ----

        public override SyntaxNode? VisitElementAccessExpression(ElementAccessExpressionSyntax node)
        {
            if (!IsReadOnlySpan(_model.GetTypeInfo(node.Expression).Type))
            {
                return base.VisitElementAccessExpression(node);
            }

            var argument = node.ArgumentList.Arguments.Single();
            var argumentType = _model.GetTypeInfo(argument.Expression).ConvertedType;
            if (argumentType?.SpecialType != SpecialType.System_Int32 || node.Parent is RefExpressionSyntax || node.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 })
            {
                throw _file.Refuse(node, "a ReadOnlySpan element access other than a read at an int index");
            }

            _file._changed = true;
            var span = (ExpressionSyntax)Visit(node.Expression)!;
            var index = (ExpressionSyntax)Visit(argument.Expression)!;
            return InvocationExpression(ParseExpression(PortableSpansRead), ArgumentList(SeparatedList([Argument(span.WithoutTrivia()), Argument(index.WithoutTrivia())])))
                .NormalizeWhitespace().WithTriviaFrom(node);
        }

        public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
        {
            if (!IsReadOnlySpan(_model.GetTypeInfo(node.Expression).Type))
            {
                return base.VisitForEachStatement(node);
            }

            if (node.Expression is not IdentifierNameSyntax span || node.AwaitKeyword.RawKind != 0)
            {
                throw _file.Refuse(node, "a foreach over a ReadOnlySpan that is not a plain variable");
            }

            // foreach (X x in s) body → for (int i = 0; i < s.Length; i++) { X x = PortableSpans.Read(s, i); body }
            _file._changed = true;
            string index = "portableIndex" + (_loopDepth == 0 ? "" : _loopDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _loopDepth++;
            var body = (StatementSyntax)Visit(node.Statement)!;
            _loopDepth--;
            var type = (TypeSyntax)Visit(node.Type)!;
            var read = ParseStatement($"{type.WithoutTrivia()} {node.Identifier.ValueText} = {PortableSpansRead}({span.Identifier.ValueText}, {index});");
            var statements = body is BlockSyntax block ? block.Statements.Insert(0, read) : List([read, body]);
            var loop = ParseStatement($"for (int {index} = 0; {index} < {span.Identifier.ValueText}.Length; {index}++) {{ }}");
            return ((ForStatementSyntax)loop).WithStatement(body is BlockSyntax b ? b.WithStatements(statements) : Block(statements))
                .WithLeadingTrivia(node.GetLeadingTrivia()).WithTrailingTrivia(node.GetTrailingTrivia());
        }

        public override SyntaxNode? VisitFixedStatement(FixedStatementSyntax node)
            => throw _file.Refuse(node, "a fixed statement");
    }
}
