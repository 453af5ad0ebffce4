using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Generator.Model;
using static NetGen.Generator.Diagnostics.DiagnosticDescriptors;

namespace NetGen.Generator.Parsing
{
    /// <summary>
    /// Turns a [Network] class and its attributes into a <see cref="NetworkSpec"/> plus diagnostics.
    /// This is the only code that touches Roslyn symbols.
    /// </summary>
    internal static class NetworkParser
    {
        public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var bag = new DiagnosticBag();
            if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.IsEmpty)
            {
                return new ParseResult(null, bag.ToEquatableArray());
            }

            if (!IsFirstNetworkDeclaration(type, context.TargetNode, cancellationToken))
            {
                // [Network] on several partial declarations (the compiler reports CS0579): only the first generates,
                // or the same file would be added twice.
                return new ParseResult(null, bag.ToEquatableArray());
            }

            if (HasMalformedName(type, context.TargetNode))
            {
                // The compiler reports the broken declaration; generating into it would only add follow-on errors.
                return new ParseResult(null, bag.ToEquatableArray());
            }

            var networkAttribute = context.Attributes[0];
            var networkLocation = DiagnosticBag.LocationOf(networkAttribute, cancellationToken);
            var containingTypes = CheckType(type, networkLocation, bag, cancellationToken);

            var attributes = type.GetAttributes()
                .Where(a => a.AttributeClass is not null && AttributeNames.Described.Contains(a.AttributeClass.ToDisplayString()))
                .ToList();
            if (attributes.Append(networkAttribute).Any(a => a.AttributeConstructor is null || a.ApplicationSyntaxReference is null || HasErrorArgument(a)))
            {
                // The compiler already reports the malformed attribute; generating from a guess would only add noise.
                return new ParseResult(null, bag.ToEquatableArray());
            }

            var reader = new SpecReader(type.Name, bag, cancellationToken);
            if (!reader.TryOrderLayers(attributes, out var ordered))
            {
                return new ParseResult(null, bag.ToEquatableArray());
            }

            foreach (var attribute in ordered)
            {
                reader.Read(attribute);
            }

            var network = reader.ReadNetwork(networkAttribute, networkLocation);
            reader.CheckFitsPrecision(network.Precision);
            var modules = reader.Finish(networkLocation);
            reader.CheckBakedSize(network, networkLocation);

            var flavour = FlavourOf(context.SemanticModel.Compilation);
            if (flavour is null)
            {
                bag.Add(RuntimeMissing, networkLocation, type.Name);
            }

            if (containingTypes is not null)
            {
                string element = network.Precision == Precision.Double ? "double" : "float";
                bool scalar = reader.InputSize == 1 && modules is not null && reader.OutputSize == 1;
                int outputSize = modules is not null ? reader.OutputSize : 0;
                var generated = GeneratedMembers.For(element, type.Name, scalar, baked: network.Weights is not null, GeneratedMembers.ClassifierFor(reader.Loss.Kind, outputSize), standardizes: modules?.FirstOrDefault() is StandardizeSpec);
                CheckMemberConflicts(type, generated, element, networkLocation, bag);
                CheckBaseClass(type, generated, context.SemanticModel.Compilation, networkLocation, bag);
                CheckGlobalNamespaceTypes(type, context.SemanticModel.Compilation, networkLocation, bag);
            }

            if (modules is not null && !bag.HasErrors)
            {
                var admitted = Planning.Planner.WhyNotAdmitted(reader.ForcedStrategy, reader.InputSize, modules, reader.Loss, flavour ?? TargetFlavour.Modern);
                if (admitted is not null)
                {
                    bag.Add(StrategyNotAdmitted, reader.ForcedStrategyLocation ?? networkLocation, reader.ForcedStrategy!.Value, type.Name, admitted);
                }
            }

            if (bag.HasErrors || containingTypes is null || modules is null)
            {
                return new ParseResult(null, bag.ToEquatableArray());
            }

            var target = new TargetType(
                NamespaceOf(type),
                type.Name,
                containingTypes.ToEquatableArray());
            var spec = new NetworkSpec(
                target, reader.InputSize, modules.ToEquatableArray(), network.Precision, network.Seed, network.Initialization,
                network.BiasInit, network.CheckFinite, reader.Loss, reader.Optimizer ?? OptimizerSpec.DefaultAdam)
            {
                Weights = network.Weights is null ? null : new WeightsSource(network.Weights, DirectoryOf(networkAttribute))
                {
                    Utf8Literals = context.TargetNode.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 },
                },
                // The attribute allows one use: the user's own would make the generated one an error (CS0579).
                MarkedGeneratedCode = type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"),
                ForcedStrategy = reader.ForcedStrategy,
                Flavour = flavour ?? TargetFlavour.Modern,
            };
            return new ParseResult(spec, bag.ToEquatableArray()) { NetworkLocation = networkLocation };
        }

        /// <summary>
        /// The build of the run-time helpers the compilation references, or null when it references none (NG0019):
        /// the netstandard builds carry the portable marker; the net8.0 one needs generic math from the framework too.
        /// </summary>
        private static TargetFlavour? FlavourOf(Compilation compilation)
        {
            // From a reference only: a type of that name in the user's own source is not the runtime.
            if (compilation.GetTypeByMetadataName(AttributeNames.PortableMarker) is { } portable
                && !SymbolEqualityComparer.Default.Equals(portable.ContainingAssembly, compilation.Assembly))
            {
                return TargetFlavour.Portable;
            }

            return compilation.GetTypeByMetadataName(AttributeNames.RuntimeMarker) is not null
                && compilation.GetTypeByMetadataName(AttributeNames.GenericMathMarker) is not null
                ? TargetFlavour.Modern
                : null;
        }

        /// <summary>
        /// A syntax error in the name of the type, of a containing type or of a namespace around it ("class { }",
        /// "partial class int", "namespace { }"): the compiler reports it, and there is nothing to generate into.
        /// Errors elsewhere (inside a method body, say) do not count: the network is still generated, so its members
        /// exist and the user sees only the real error.
        /// </summary>
        private static bool HasMalformedName(INamedTypeSymbol type, SyntaxNode target)
        {
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
            {
                if (!SyntaxFacts.IsValidIdentifier(t.Name))
                {
                    return true;
                }
            }

            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (!SyntaxFacts.IsValidIdentifier(ns.Name))
                {
                    return true;
                }
            }

            return target.AncestorsAndSelf().Any(node => node switch
            {
                TypeDeclarationSyntax declaration => declaration.Identifier.IsMissing || declaration.Identifier.ContainsDiagnostics
                    || declaration.TypeParameterList?.ContainsDiagnostics == true,
                BaseTypeDeclarationSyntax declaration => declaration.Identifier.IsMissing || declaration.Identifier.ContainsDiagnostics,
                BaseNamespaceDeclarationSyntax declaration => declaration.Name.IsMissing || declaration.Name.ContainsDiagnostics,
                _ => false,
            });
        }

        /// <summary>An argument the compiler could not bind (a string for a double, say): it reports that itself.</summary>
        private static bool HasErrorArgument(AttributeData attribute) =>
            attribute.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error)
            || attribute.NamedArguments.Any(a => a.Value.Kind == TypedConstantKind.Error);

        private static bool IsFirstNetworkDeclaration(INamedTypeSymbol type, SyntaxNode target, CancellationToken cancellationToken)
        {
            var first = type.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == AttributeNames.Network && a.ApplicationSyntaxReference is not null)
                .Select(a => a.ApplicationSyntaxReference!.GetSyntax(cancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>())
                .Where(d => d is not null)
                .OrderBy(d => d!.SyntaxTree.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d!.SpanStart)
                .FirstOrDefault();
            return first is null || first == target;
        }

        /// <summary>The namespace as plain names ("A.B"), unescaped; the emitter escapes what needs it. Null for the global one.</summary>
        private static string? NamespaceOf(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                parts.Insert(0, ns.Name);
            }

            return parts.Count == 0 ? null : string.Join(".", parts);
        }

        /// <summary>Reports what NetGen cannot generate into; returns the enclosing types, or null on error.</summary>
        private static List<ContainingType>? CheckType(INamedTypeSymbol type, LocationInfo? location, DiagnosticBag bag, CancellationToken cancellationToken)
        {
            string? reason = type.TypeKind switch
            {
                TypeKind.Struct => "a struct",
                TypeKind.Interface => "an interface",
                TypeKind.Class when type.IsRecord => "a record",
                TypeKind.Class when type.IsStatic => "static",
                TypeKind.Class when type.IsFileLocal => "file-local, so a part in a generated file would be another type",
                TypeKind.Class when HasPrimaryConstructor(type, cancellationToken) => "a class with a primary constructor, which the generated constructors cannot chain to",
                TypeKind.Class when HasExplicitLayout(type) => "a class with StructLayout(LayoutKind.Explicit), whose generated fields would need offsets",
                TypeKind.Class => null,
                _ => "not a class",
            };
            if (reason is null && type.TypeParameters.Length > 0)
            {
                reason = "generic";
            }

            var containing = new List<ContainingType>();
            for (var outer = type.ContainingType; outer is not null && reason is null; outer = outer.ContainingType)
            {
                if (outer.TypeParameters.Length > 0)
                {
                    reason = $"nested in the generic type '{outer.Name}'";
                }
                else if (outer.IsFileLocal)
                {
                    reason = $"nested in the file-local type '{outer.Name}'";
                }
                else if (!IsPartial(outer, cancellationToken))
                {
                    bag.Add(ContainingTypeNotPartial, location, outer.Name);
                    return null;
                }
                else
                {
                    containing.Insert(0, new ContainingType(KeywordOf(outer), outer.Name));
                }
            }

            if (reason is not null)
            {
                bag.Add(UnsupportedType, location, type.Name, reason);
                return null;
            }

            if (!IsPartial(type, cancellationToken))
            {
                bag.Add(NotPartial, location, type.Name);
                return null;
            }

            return containing;
        }

        private static bool HasExplicitLayout(INamedTypeSymbol type) =>
            type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Runtime.InteropServices.StructLayoutAttribute"
                && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is int kind && kind == (int)System.Runtime.InteropServices.LayoutKind.Explicit);

        private static bool HasPrimaryConstructor(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is ClassDeclarationSyntax { ParameterList: not null });

        /// <summary>
        /// Reports members of the user's own declarations that the generated file would declare again (NG0025),
        /// checked against the one table of generated members: a same-named method is an overload unless its
        /// parameter types are exactly those of a generated one.
        /// </summary>
        private static void CheckMemberConflicts(INamedTypeSymbol type, IReadOnlyList<GeneratedMember> generated, string element, LocationInfo? location, DiagnosticBag bag)
        {
            // Against this network's own table: a class named Accuracy clashes only on a classifier.
            if (generated.Any(m => m.Kind != GeneratedMemberKind.Constructor && m.Name == type.Name) || type.Name.StartsWith(GeneratedMembers.PrivatePrefix, StringComparison.Ordinal))
            {
                bag.Add(MemberConflict, location, type.Name, $"the type name '{type.Name}', which is also a generated member name");
            }

            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (member is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false } constructor)
                {
                    if (generated.Any(g => g.Kind == GeneratedMemberKind.Constructor && SameParameters(constructor, g)))
                    {
                        bag.Add(MemberConflict, location, type.Name, $"the constructor {constructor.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}");
                    }

                    continue;
                }

                if (ImplementsGeneratedInterfaceMember(member, element))
                {
                    bag.Add(MemberConflict, location, type.Name, $"an explicit implementation of '{member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'");
                    continue;
                }

                if (Clashes(member, generated) is { } clash)
                {
                    bag.Add(MemberConflict, location, type.Name, member is IMethodSymbol ? $"'{clash}'" : $"a member named '{member.Name}'");
                }
            }
        }

        /// <summary>
        /// The base class must let the generated constructors call <c>base()</c>, and must not hold members the
        /// generated ones would hide (CS0108/CS0114 in generated code): NG0027 and NG0028.
        /// </summary>
        private static void CheckBaseClass(INamedTypeSymbol type, IReadOnlyList<GeneratedMember> generated, Compilation compilation, LocationInfo? location, DiagnosticBag bag)
        {
            var baseType = type.BaseType;
            if (baseType is null || baseType.TypeKind != TypeKind.Class || baseType.SpecialType == SpecialType.System_Object)
            {
                return;
            }

            var usable = baseType.InstanceConstructors.Where(c =>
                c.Parameters.All(p => p.IsOptional || p.IsParams) && compilation.IsSymbolAccessibleWithin(c, type)).ToList();
            if (usable.Count == 0)
            {
                bag.Add(BaseConstructorMissing, location, type.Name, baseType.Name, "it has no accessible constructor that takes no arguments");
            }
            else if (usable.All(c => WarnsWhenCalled(c)))
            {
                bag.Add(BaseConstructorMissing, location, type.Name, baseType.Name, "its constructor that takes no arguments is marked Obsolete or Experimental");
            }

            for (var ancestor = baseType; ancestor is not null && ancestor.SpecialType != SpecialType.System_Object; ancestor = ancestor.BaseType)
            {
                if (ancestor.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeNames.Network))
                {
                    bag.Add(InheritedMemberConflict, location, type.Name, "the generated members of a [Network] class", ancestor.Name);
                    return;
                }

                foreach (var member in ancestor.GetMembers())
                {
                    if (member.IsImplicitlyDeclared || member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor }
                        || !compilation.IsSymbolAccessibleWithin(member, type))
                    {
                        continue;
                    }

                    if (Clashes(member, generated) is { } clash)
                    {
                        bag.Add(InheritedMemberConflict, location, type.Name, $"'{member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'", ancestor.Name);
                    }
                }
            }
        }

        /// <summary>
        /// Generated code names everything from the global namespace (global::System…, global::NetGen…); a type
        /// named System or NetGen in the global namespace takes that place (CS0437), and no spelling reaches the
        /// namespace past it. NG0029.
        /// </summary>
        private static void CheckGlobalNamespaceTypes(INamedTypeSymbol type, Compilation compilation, LocationInfo? location, DiagnosticBag bag)
        {
            foreach (string name in GeneratedMembers.QualifiedRoots)
            {
                var hiding = compilation.GlobalNamespace.GetTypeMembers(name, 0).FirstOrDefault(); // System<T> is no candidate for "System."
                if (hiding is not null)
                {
                    string where = hiding.Locations.FirstOrDefault(l => l.IsInSource) is { } source
                        ? System.IO.Path.GetFileName(source.SourceTree?.FilePath ?? "") + " line " + (source.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture)
                        : hiding.ContainingAssembly?.Name ?? "a reference";
                    bag.Add(GlobalTypeHidesNamespace, location, name, where, type.Name);
                }
            }
        }

        /// <summary>
        /// The generated member that <paramref name="member"/> clashes with: a generated constant or property of its
        /// name; a generated method of its name when it is no ordinary method (a property, field, event or nested
        /// type), or an ordinary method with exactly that generated method's parameter types; any name of the
        /// private prefix. Null when it can coexist (an overload, an operator, an explicit implementation).
        /// </summary>
        private static string? Clashes(ISymbol member, IReadOnlyList<GeneratedMember> generated)
        {
            if (member.Name.StartsWith(GeneratedMembers.PrivatePrefix, StringComparison.Ordinal))
            {
                return member.Name;
            }

            if (member is IMethodSymbol { MethodKind: not (MethodKind.Ordinary or MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove) })
            {
                return null; // operators, conversions, explicit implementations, finalizers: named unlike any generated member
            }

            // An indexer's member name is its [IndexerName] ("Item" by default), which can name a generated member.
            string name = member is IPropertySymbol { IsIndexer: true } ? member.MetadataName : member.Name;
            foreach (var g in generated)
            {
                if (g.Kind == GeneratedMemberKind.Constructor || g.Name != name)
                {
                    continue;
                }

                if (g.Kind != GeneratedMemberKind.Method || member is not IMethodSymbol method)
                {
                    return g.ToString();
                }

                if (method.TypeParameters.Length == 0 && SameParameters(method, g))
                {
                    return g.ToString();
                }
            }

            return null;
        }

        /// <summary>Same parameter types, by value: the C# rule for a duplicate signature (return type aside).</summary>
        private static bool SameParameters(IMethodSymbol method, GeneratedMember generated) =>
            method.Parameters.Length == generated.Parameters.Count
            && method.Parameters.Select((p, i) => p.RefKind == RefKind.None && p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == generated.Parameters[i]).All(same => same);

        /// <summary>An explicit implementation of a member of INeuralNetwork&lt;T&gt; for the network's own T.</summary>
        private static bool ImplementsGeneratedInterfaceMember(ISymbol member, string element)
        {
            var implemented = member switch
            {
                IMethodSymbol m => m.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                IPropertySymbol p => p.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                IEventSymbol e => e.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                _ => Enumerable.Empty<ISymbol>(),
            };
            return implemented.Any(i => i.ContainingType is { Name: "INeuralNetwork", TypeArguments.Length: 1 } network
                && network.ContainingNamespace?.ToDisplayString() == "NetGen"
                && network.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == element);
        }

        /// <summary>A call to an Obsolete or Experimental constructor warns (or errs) where it is made: in generated code.</summary>
        private static bool WarnsWhenCalled(IMethodSymbol constructor) =>
            constructor.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is "System.ObsoleteAttribute" or "System.Diagnostics.CodeAnalysis.ExperimentalAttribute");

        private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword)));

        /// <summary>The folder of the file declaring the attribute, against which a relative Weights path resolves.</summary>
        private static string? DirectoryOf(AttributeData attribute)
        {
            string? path = attribute.ApplicationSyntaxReference?.SyntaxTree.FilePath;
            return string.IsNullOrEmpty(path) ? null : System.IO.Path.GetDirectoryName(path);
        }

        private static string KeywordOf(INamedTypeSymbol type) => type switch
        {
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Struct } => "struct",
            { TypeKind: TypeKind.Interface } => "interface",
            _ => "class",
        };

        /// <summary>The [Network] attribute's own settings.</summary>
        private sealed record NetworkSettings(Precision Precision, int Seed, Initialization Initialization, double BiasInit, bool CheckFinite, string? Weights);

        /// <summary>Walks the attributes in source order, building the layers and collecting diagnostics.</summary>
        private sealed class SpecReader
        {
            private readonly string _typeName;
            private readonly DiagnosticBag _bag;
            private readonly CancellationToken _cancellationToken;
            private readonly List<(ModuleSpec Module, LocationInfo? Location)> _modules = new();
            private bool _inputSeen;
            private bool _inputMisplaced;
            private bool _sizeOutOfRange;
            private LocationInfo? _lossLocation;
            private readonly List<(string Name, double Value, LocationInfo? Location, bool Derived)> _elementValues = new();
            private readonly List<(string Name, double Value, LocationInfo? Location)> _betas = new();
            private readonly List<(double Minus, double Plus, LocationInfo? Location)> _etas = new();
            private string? _optimizerName;

            public SpecReader(string typeName, DiagnosticBag bag, CancellationToken cancellationToken)
            {
                _typeName = typeName;
                _bag = bag;
                _cancellationToken = cancellationToken;
            }

            public int InputSize { get; private set; }

            public LossSpec Loss { get; private set; } = new(NetGen.Loss.MeanSquaredError, Defaults.HuberDelta);

            public OptimizerSpec? Optimizer { get; private set; }

            /// <summary>
            /// Orders the attributes by their position in source. Layer attributes must all sit on one partial
            /// declaration, or their order would depend on file order.
            /// </summary>
            public bool TryOrderLayers(List<AttributeData> attributes, out List<AttributeData> ordered)
            {
                ordered = attributes
                    .OrderBy(a => a.ApplicationSyntaxReference!.SyntaxTree.FilePath, StringComparer.Ordinal)
                    .ThenBy(a => a.ApplicationSyntaxReference!.Span.Start)
                    .ToList();

                var layerAttributes = ordered.Where(a => IsLayerAttribute(a)).ToList();
                var declarations = layerAttributes
                    .Select(a => DeclarationOf(a))
                    .Distinct()
                    .ToList();
                if (declarations.Count > 1)
                {
                    var second = layerAttributes.First(a => DeclarationOf(a) == declarations[1]);
                    _bag.Add(LayersSpreadOverPartials, DiagnosticBag.LocationOf(second, _cancellationToken), _typeName);
                    return false;
                }

                return true;
            }

            private static bool IsLayerAttribute(AttributeData attribute)
            {
                string name = attribute.AttributeClass!.ToDisplayString();
                return System.Array.IndexOf(AttributeNames.Modules, name) >= 0;
            }

            private (string Path, int Start) DeclarationOf(AttributeData attribute)
            {
                var reference = attribute.ApplicationSyntaxReference!;
                var declaration = reference.GetSyntax(_cancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>();
                return (reference.SyntaxTree.FilePath, declaration?.SpanStart ?? -1);
            }

            public void Read(AttributeData attribute)
            {
                var location = DiagnosticBag.LocationOf(attribute, _cancellationToken);
                switch (attribute.AttributeClass!.ToDisplayString())
                {
                    case AttributeNames.Input:
                        ReadInput(attribute, location);
                        break;
                    case AttributeNames.Dense:
                        int units = IntArgument(attribute);
                        CheckSize("Dense", units, location);
                        _modules.Add((new LinearSpec(units, ReadName(attribute, location)), location));
                        break;
                    case AttributeNames.Activation:
                        ReadActivation(attribute, location);
                        break;
                    case AttributeNames.Dropout:
                        double p = ToDouble(attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0] : default);
                        if (!(p >= 0 && p < 1))
                        {
                            _bag.Add(DropoutProbabilityOutOfRange, location, p.ToString("R", CultureInfo.InvariantCulture));
                        }

                        _modules.Add((new DropoutSpec(p), location));
                        break;
                    case AttributeNames.LayerNorm:
                        _modules.Add((new LayerNormSpec(ReadEpsilon(attribute, location), ReadName(attribute, location)), location));
                        break;
                    case AttributeNames.BatchNorm:
                        double momentum = Check("Momentum", Named(attribute, "Momentum", Defaults.BatchNormMomentum), location, v => v >= 0 && v <= 1, "between 0 and 1");
                        _modules.Add((new BatchNormSpec(ReadEpsilon(attribute, location), momentum, ReadName(attribute, location)), location));
                        break;
                    case AttributeNames.Standardize:
                        if (_modules.Any(m => m.Module is StandardizeSpec))
                        {
                            break; // a second [Standardize] is the compiler's CS0579 (AllowMultiple = false); NG0032 would be noise
                        }

                        if (_modules.Count > 0)
                        {
                            _bag.Add(StandardizeNotFirst, location);
                        }

                        _modules.Add((new StandardizeSpec(ReadName(attribute, location)), location));
                        break;
                    case AttributeNames.ForceStrategy:
                        int strategy = IntArgument(attribute);
                        if (strategy < (int)NetGen.Runtime.TrainingStrategy.PerRow || strategy > (int)NetGen.Runtime.TrainingStrategy.BatchMajor)
                        {
                            _bag.Add(UnknownEnumValue, location, strategy, "TrainingStrategy");
                        }
                        else
                        {
                            ForcedStrategy = (NetGen.Runtime.TrainingStrategy)strategy;
                            ForcedStrategyLocation = location;
                        }

                        break;
                    case AttributeNames.Loss:
                        ReadLoss(attribute, location);
                        break;
                    case AttributeNames.Adam:
                        ReadOptimizer(attribute, location, OptimizerKind.Adam, "Adam");
                        break;
                    case AttributeNames.AdamW:
                        ReadOptimizer(attribute, location, OptimizerKind.AdamW, "AdamW");
                        break;
                    case AttributeNames.Sgd:
                        ReadOptimizer(attribute, location, OptimizerKind.Sgd, "Sgd");
                        break;
                    case AttributeNames.Rprop:
                        ReadRprop(attribute, location);
                        break;
                }
            }

            /// <summary>A normalisation's eps: above 0 and finite, PyTorch's 1e-5 by default.</summary>
            private double ReadEpsilon(AttributeData attribute, LocationInfo? location) =>
                Check("Eps", Named(attribute, "Eps", Defaults.NormalizationEpsilon), location, v => v > 0 && !double.IsInfinity(v), "greater than 0 and finite");

            /// <summary>Name = "…": a state_dict prefix, as a Python attribute name; null when unset.</summary>
            private string? ReadName(AttributeData attribute, LocationInfo? location)
            {
                if (!TryNamed(attribute, "Name", out var argument) || argument.Value is not string name)
                {
                    return null;
                }

                if (!IsModuleName(name))
                {
                    _bag.Add(InvalidModuleName, location, name.Length > 64 ? name.Substring(0, 64) + "…" : name, Defaults.MaxModuleNameLength);
                    return null;
                }

                foreach (var (module, _) in _modules)
                {
                    if (module.Name == name)
                    {
                        _bag.Add(DuplicateModuleName, location, _typeName, name);
                        return null;
                    }
                }

                return name;
            }

            /// <summary>ASCII letters, digits and '_', not starting with a digit: never an nn.Sequential index, never a dot.</summary>
            private static bool IsModuleName(string name)
            {
                if (name.Length == 0 || name.Length > Defaults.MaxModuleNameLength || (name[0] >= '0' && name[0] <= '9'))
                {
                    return false;
                }

                foreach (char c in name)
                {
                    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                    {
                        return false;
                    }
                }

                return true;
            }

            public NetGen.Runtime.TrainingStrategy? ForcedStrategy { get; private set; }

            public LocationInfo? ForcedStrategyLocation { get; private set; }

            private void ReadInput(AttributeData attribute, LocationInfo? location)
            {
                if (_inputSeen || _modules.Count > 0)
                {
                    _bag.Add(MisplacedInput, location);
                    _inputMisplaced = true;
                    return;
                }

                _inputSeen = true;
                InputSize = IntArgument(attribute);
                CheckSize("Input", InputSize, location);
            }

            private void CheckSize(string what, int size, LocationInfo? location)
            {
                if (size < 1 || size > Defaults.MaxLayerSize)
                {
                    _sizeOutOfRange = true;
                    _bag.Add(SizeOutOfRange, location, what, size, Defaults.MaxLayerSize);
                }
            }

            private void ReadActivation(AttributeData attribute, LocationInfo? location)
            {
                if (_modules.Count == 0 || _modules[_modules.Count - 1].Module is StandardizeSpec)
                {
                    _bag.Add(ActivationWithoutDense, location);
                    return;
                }

                if (_modules[_modules.Count - 1].Module is ActivationSpec)
                {
                    _bag.Add(DuplicateActivation, location);
                    return;
                }

                int value = IntArgument(attribute);
                if (!ActivationTraits.IsDefined(value))
                {
                    _bag.Add(UnknownEnumValue, location, value, "Activation");
                    return;
                }

                var info = ActivationTraits.For((Activation)value);
                double alpha = info.DefaultAlpha;
                if (TryNamed(attribute, "Alpha", out var alphaArgument))
                {
                    if (!info.HasAlpha)
                    {
                        _bag.Add(ParameterNotSupported, location, info.Kind, "Alpha");
                    }
                    else
                    {
                        alpha = Check("Alpha", ToDouble(alphaArgument), location, a => !double.IsNaN(a) && !double.IsInfinity(a), "a finite number");
                    }
                }

                _modules.Add((new ActivationSpec(info.Kind, alpha), location));
            }

            private void ReadLoss(AttributeData attribute, LocationInfo? location)
            {
                _lossLocation = location;
                int value = IntArgument(attribute);
                if (!LossInfo.IsDefined(value))
                {
                    _bag.Add(UnknownEnumValue, location, value, "Loss");
                    return;
                }

                var kind = (Loss)value;
                double delta = Defaults.HuberDelta;
                if (TryNamed(attribute, "Delta", out var deltaArgument))
                {
                    if (!LossInfo.For(kind).HasDelta)
                    {
                        _bag.Add(ParameterNotSupported, location, kind, "Delta");
                    }
                    else
                    {
                        delta = Check("Delta", ToDouble(deltaArgument), location, d => d > 0 && !double.IsInfinity(d), "greater than 0 and finite");
                    }
                }

                Loss = new LossSpec(kind, delta);
            }

            private void ReadOptimizer(AttributeData attribute, LocationInfo? location, OptimizerKind kind, string name)
            {
                if (_optimizerName is not null)
                {
                    _bag.Add(MultipleOptimizers, location, name);
                    return;
                }

                _optimizerName = name;
                bool isSgd = kind == OptimizerKind.Sgd;
                double learningRate = Named(attribute, "LearningRate", isSgd ? Defaults.SgdLearningRate : Defaults.AdamLearningRate);
                Check("LearningRate", learningRate, location, v => v > 0 && !double.IsInfinity(v), "greater than 0 and finite");
                double weightDecay = Named(attribute, "WeightDecay", kind == OptimizerKind.AdamW ? Defaults.AdamWWeightDecay : Defaults.AdamWeightDecay);
                Check("WeightDecay", weightDecay, location, v => v >= 0 && !double.IsInfinity(v), "0 or greater and finite");
                bool learningRateValid = learningRate > 0 && !double.IsInfinity(learningRate);
                if (kind == OptimizerKind.AdamW && learningRateValid && weightDecay >= 0 && !double.IsInfinity(weightDecay))
                {
                    // AdamW shrinks every parameter by this factor before its step (Optimizers.Adam).
                    InElement("1 - LearningRate * WeightDecay", 1 - learningRate * weightDecay, location, derived: true);
                }

                if (isSgd)
                {
                    double momentum = Check("Momentum", Named(attribute, "Momentum", 0), location, v => v >= 0 && v < double.PositiveInfinity, "0 or greater");
                    double dampening = Check("Dampening", Named(attribute, "Dampening", 0), location, v => v >= 0 && v <= 1, "between 0 and 1");
                    bool nesterov = TryNamed(attribute, "Nesterov", out var n) && n.Value is true;
                    if (nesterov && (momentum <= 0 || dampening != 0))
                    {
                        _bag.Add(InvalidHyperparameter, location, "Nesterov", "true", "used with Momentum > 0 and Dampening = 0, as torch.optim.SGD requires");
                    }

                    Optimizer = new OptimizerSpec(kind, learningRate, 0, 0, 0, weightDecay, momentum, dampening, nesterov, 0, 0, 0, 0);
                    return;
                }

                double beta1 = Check("Beta1", Named(attribute, "Beta1", Defaults.Beta1), location, v => v >= 0 && v < 1, "in [0, 1)");
                double beta2 = Check("Beta2", Named(attribute, "Beta2", Defaults.Beta2), location, v => v >= 0 && v < 1, "in [0, 1)");
                double epsilon = Check("Epsilon", Named(attribute, "Epsilon", Defaults.Epsilon), location, v => v >= 0 && !double.IsInfinity(v), "0 or greater and finite");
                _betas.Add(("Beta1", beta1, location));
                _betas.Add(("Beta2", beta2, location));
                if (learningRateValid && beta1 >= 0 && beta1 < 1)
                {
                    // The first step's size, lr / (1 - β1^1): Optimizers.Adam converts it to the element type.
                    InElement("LearningRate / (1 - Beta1)", learningRate / (1 - beta1), location, derived: true);
                }

                Optimizer = new OptimizerSpec(kind, learningRate, beta1, beta2, epsilon, weightDecay, 0, 0, false, 0, 0, 0, 0);
            }

            /// <summary>torch.optim.Rprop's hyper-parameters, with the ranges torch needs for its rule to make sense.</summary>
            private void ReadRprop(AttributeData attribute, LocationInfo? location)
            {
                if (_optimizerName is not null)
                {
                    _bag.Add(MultipleOptimizers, location, "Rprop");
                    return;
                }

                _optimizerName = "Rprop";
                double learningRate = Check("LearningRate", Named(attribute, "LearningRate", Defaults.RpropLearningRate), location, v => v > 0 && !double.IsInfinity(v), "greater than 0 and finite");
                double etaMinus = Check("EtaMinus", Named(attribute, "EtaMinus", Defaults.RpropEtaMinus), location, v => v > 0 && v < 1, "in (0, 1)");
                double etaPlus = Check("EtaPlus", Named(attribute, "EtaPlus", Defaults.RpropEtaPlus), location, v => v > 1 && !double.IsInfinity(v), "greater than 1 and finite");
                double max = Check("StepSizeMax", Named(attribute, "StepSizeMax", Defaults.RpropStepSizeMax), location, v => v > 0 && !double.IsInfinity(v), "greater than 0 and finite");
                double min = Named(attribute, "StepSizeMin", Defaults.RpropStepSizeMin);
                bool maxValid = max > 0 && !double.IsInfinity(max);
                Check("StepSizeMin", min, location, v => v >= 0 && (!maxValid || v <= max), maxValid ? "0 or greater and at most StepSizeMax" : "0 or greater");
                _etas.Add((etaMinus, etaPlus, location));
                Optimizer = new OptimizerSpec(OptimizerKind.Rprop, learningRate, 0, 0, 0, 0, 0, 0, false, etaMinus, etaPlus, min, max);
            }

            /// <summary>
            /// Every hyper-parameter reaches the arithmetic in the network's element type (as a literal, or converted
            /// by the run-time helpers), so each must survive that conversion: a value that was not 0 must not become
            /// 0 or subnormal (Delta 1e-50 would make the Huber loss 0, Epsilon 1e-40 would no longer bound the
            /// step), nor infinite (BiasInit 1e300 in float), and a beta must stay below 1. One rule for all, checked
            /// once the precision is known.
            /// </summary>
            public void CheckFitsPrecision(Precision precision)
            {
                bool single = precision == Precision.Single;
                string element = single ? "float" : "double";
                double minNormal = single ? 1.1754943508222875E-38 : 2.2250738585072014E-308;
                var reported = new HashSet<LocationInfo?>();
                foreach (var (name, value, location, derived) in _elementValues.OrderBy(v => v.Derived))
                {
                    if (derived && reported.Contains(location))
                    {
                        continue;
                    }

                    double converted = single ? (float)value : value;
                    if (double.IsNaN(value) || value == 0)
                    {
                        continue; // NaN is reported by the range checks; 0 stays 0.
                    }

                    if (double.IsInfinity(converted))
                    {
                        reported.Add(location);
                        Report(name, value, location, $"finite in {element} (it would become infinity){(single ? "; use Precision.Double" : "")}");
                    }
                    else if (Math.Abs(converted) < minNormal)
                    {
                        reported.Add(location);
                        Report(name, value, location, $"0 or at least {minNormal.ToString("R", CultureInfo.InvariantCulture)} in magnitude in {element} (it would become {(converted == 0 ? "0" : "subnormal")}){(single ? "; use Precision.Double" : "")}");
                    }
                }

                // Rprop's etas must stay on their side of 1, or a sign change would not shrink the step (or no sign keep grow it).
                foreach (var (minus, plus, location) in _etas)
                {
                    if (minus > 0 && minus < 1 && (single ? (float)minus : minus) >= 1)
                    {
                        Report("EtaMinus", minus, location, $"below 1 in {element} (it would become 1)");
                    }

                    if (plus > 1 && !double.IsInfinity(plus) && (single ? (float)plus : plus) <= 1)
                    {
                        Report("EtaPlus", plus, location, $"above 1 in {element} (it would become 1)");
                    }
                }

                foreach (var (name, value, location) in _betas)
                {
                    if (value >= 0 && value < 1 && (single ? (float)value : value) >= 1)
                    {
                        Report(name, value, location, $"below 1 in {element} (it would become 1)");
                    }
                }
            }

            /// <param name="derived">A value the optimizer computes from others: checked only when those passed, so one cause gives one error.</param>
            private void InElement(string name, double value, LocationInfo? location, bool derived = false) => _elementValues.Add((name, value, location, derived));

            private void Report(string name, double value, LocationInfo? location, string expected) =>
                _bag.Add(InvalidHyperparameter, location, name, value.ToString("R", CultureInfo.InvariantCulture), expected);

            /// <summary>(inputs + 1) × units summed over the layers, once <see cref="Finish"/> has run.</summary>
            public long ParameterCount { get; private set; }

            /// <summary>Baked weights are compiled into the assembly, so their size is capped (NG0031).</summary>
            public void CheckBakedSize(NetworkSettings network, LocationInfo? networkLocation)
            {
                long bytes = ParameterCount * (network.Precision == Precision.Double ? sizeof(double) : sizeof(float));
                if (network.Weights is not null && bytes > Defaults.MaxBakedBytes && !_sizeOutOfRange)
                {
                    _bag.Add(BakedWeightsTooLarge, networkLocation, _typeName, bytes, ParameterCount, Defaults.MaxBakedBytes);
                }
            }

            public NetworkSettings ReadNetwork(AttributeData attribute, LocationInfo? location)
            {
                int precision = (int)Named(attribute, "Precision", (int)Precision.Single);
                if (precision is not ((int)Precision.Single or (int)Precision.Double))
                {
                    _bag.Add(UnknownEnumValue, location, precision, "Precision");
                }

                int initialization = (int)Named(attribute, "Initialization", (int)Initialization.PyTorchDefault);
                if (initialization < (int)Initialization.PyTorchDefault || initialization > (int)Initialization.XavierNormal)
                {
                    _bag.Add(UnknownEnumValue, location, initialization, "Initialization");
                }

                double biasInit = double.NaN;
                if (TryNamed(attribute, "BiasInit", out var bias))
                {
                    biasInit = Check("BiasInit", ToDouble(bias), location, v => !double.IsNaN(v) && !double.IsInfinity(v), "a finite number");
                }

                int seed = TryNamed(attribute, "Seed", out var s) && s.Value is int seedValue ? seedValue : Defaults.Seed;
                bool checkFinite = !(TryNamed(attribute, "CheckFinite", out var c) && c.Value is false);
                string? weights = TryNamed(attribute, "Weights", out var w) ? w.Value as string : null;
                if (weights is not null && !weights.Trim().EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase))
                {
                    _bag.Add(InvalidHyperparameter, location, "Weights", "\"" + weights + "\"", "the path of a .safetensors file passed as an AdditionalFiles item");
                }

                return new NetworkSettings((Precision)precision, seed, (Initialization)initialization, biasInit, checkFinite, weights?.Trim());
            }

            /// <summary>Units of the last Dense: the network's outputs (0 before any).</summary>
            public int OutputSize { get; private set; }

            /// <summary>Checks what needs the whole network; returns the modules, or null when incomplete.</summary>
            public List<ModuleSpec>? Finish(LocationInfo? networkLocation)
            {
                // An [Input] after a Dense is already NG0005; saying it is missing too would only add noise.
                if (!_inputSeen && !_inputMisplaced)
                {
                    _bag.Add(MissingInput, networkLocation, _typeName);
                }

                if (!_modules.Any(m => m.Module is LinearSpec))
                {
                    _bag.Add(MissingDense, networkLocation, _typeName);
                    return null;
                }

                for (int i = 0; i < _modules.Count - 1; i++)
                {
                    if (_modules[i].Module is ActivationSpec { Kind: Activation.Softmax })
                    {
                        _bag.Add(SoftmaxNotLast, _modules[i].Location);
                    }
                }

                int last = _modules.Count - 1;
                // The module the final activation joins is the one to name and mark, not the activation.
                int outputIndex = _modules[last].Module is ActivationSpec && last > 0 ? last - 1 : last;
                if (_modules[outputIndex].Module is not LinearSpec)
                {
                    _bag.Add(OutputNotDense, _modules[outputIndex].Location ?? networkLocation, _typeName, _modules[outputIndex].Module.Attribute);
                }

                var outputActivation = _modules[last].Module is ActivationSpec activation ? activation.Kind : Activation.Identity;
                var lossInfo = LossInfo.For(Loss.Kind);
                if (lossInfo.FusedActivation is { } required && required != outputActivation)
                {
                    _bag.Add(LossIncompatible, _lossLocation ?? networkLocation, Loss.Kind, required, outputActivation);
                }

                // Parameters as the planner lays them out (ModuleLayout is the one place that sizes a module).
                long parameters = 0;
                long width = InputSize;
                int layers = 0;
                foreach (var (module, _) in _modules)
                {
                    parameters += Planning.ModuleLayout.ParameterCount(module, width);
                    width = Planning.ModuleLayout.OutputWidth(module, width);
                    layers += module is ActivationSpec ? 0 : 1;
                }

                OutputSize = _modules.Last(m => m.Module is LinearSpec).Module is LinearSpec output ? output.Units : 0;

                // A size that is already out of range (NG0007) would make this count meaningless noise.
                if (parameters > Defaults.MaxParameterCount && !_sizeOutOfRange)
                {
                    _bag.Add(TooManyParameters, networkLocation, _typeName, parameters, Defaults.MaxParameterCount);
                }

                if (layers > Defaults.MaxLayers)
                {
                    _bag.Add(TooManyLayers, networkLocation, _typeName, layers, Defaults.MaxLayers);
                }

                ParameterCount = parameters;

                return _modules.Select(m => m.Module).ToList();
            }


            /// <summary>Reports a value outside its range; a value inside it is then checked in the element type.</summary>
            private double Check(string name, double value, LocationInfo? location, Func<double, bool> isValid, string expected)
            {
                if (!isValid(value))
                {
                    _bag.Add(InvalidHyperparameter, location, name, value.ToString("R", CultureInfo.InvariantCulture), expected);
                }
                else
                {
                    InElement(name, value, location);
                }

                return value;
            }

            private static int IntArgument(AttributeData attribute) =>
                attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int value ? value : 0;

            private static bool TryNamed(AttributeData attribute, string name, out TypedConstant value)
            {
                foreach (var pair in attribute.NamedArguments)
                {
                    if (pair.Key == name)
                    {
                        value = pair.Value;
                        return true;
                    }
                }

                value = default;
                return false;
            }

            private static double Named(AttributeData attribute, string name, double fallback) =>
                TryNamed(attribute, name, out var value) ? ToDouble(value) : fallback;

            private static double ToDouble(TypedConstant constant) => constant.Value switch
            {
                double d => d,
                float f => f,
                int i => i,
                long l => l,
                _ => double.NaN,
            };
        }
    }
}
