using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NetGen.Generator.Parsing
{
    /// <summary>
    /// The C# versions the generator meets. Facts newer than the Roslyn it is built against (4.3, the newest Unity
    /// loads) are read without the newer APIs, so that one build answers the same in a 4.3 host and in a current one.
    /// </summary>
    internal static class LanguageSupport
    {
        /// <summary>The oldest C# the generated code compiles under: it uses #nullable and nullable annotations.</summary>
        public const LanguageVersion Minimum = LanguageVersion.CSharp8;

        /// <summary>The effective C# version of a tree, when it is C# older than <see cref="Minimum"/>; otherwise null.</summary>
        public static LanguageVersion? TooOld(ParseOptions? options) =>
            options is CSharpParseOptions parse && parse.LanguageVersion < Minimum ? parse.LanguageVersion : null;

        /// <summary>C# 11 (UTF-8 literals). Its enum member arrives with Roslyn 4.4; the number is stable.</summary>
        public const LanguageVersion CSharp11 = (LanguageVersion)1100;

        /// <summary>
        /// Whether the tree is parsed as C# 11 or later: an effective version, so Preview counts
        /// (Roslyn 4.3 offers UTF-8 literals as a preview feature).
        /// </summary>
        public static bool IsCSharp11OrLater(ParseOptions? options) =>
            options is CSharpParseOptions parse && parse.LanguageVersion >= CSharp11;

        /// <summary>
        /// A <c>file</c> type (C# 11). INamedTypeSymbol.IsFileLocal arrives with Roslyn 4.4; every declaration of a
        /// file-local type carries the modifier, which older parsers never produce.
        /// </summary>
        public static bool IsFileLocal(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(m => m.ValueText == "file"));

        /// <summary>
        /// A class with a primary constructor (C# 12). ClassDeclarationSyntax.ParameterList arrives with Roslyn 4.8;
        /// the parameter list is a direct child of the declaration there (a method's is a grandchild).
        /// </summary>
        public static bool HasPrimaryConstructor(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax(cancellationToken) is ClassDeclarationSyntax declaration
                && declaration.ChildNodes().OfType<ParameterListSyntax>().Any());
    }
}
