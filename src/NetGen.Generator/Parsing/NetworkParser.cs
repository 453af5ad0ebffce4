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
            var layers = reader.Finish(networkLocation);
            reader.CheckBakedSize(network, networkLocation);

            if (context.SemanticModel.Compilation.GetTypeByMetadataName(AttributeNames.RuntimeMarker) is null)
            {
                bag.Add(RuntimeMissing, networkLocation, type.Name);
            }

            if (containingTypes is not null)
            {
                CheckMemberConflicts(type, networkLocation, bag);
            }

            if (bag.HasErrors || containingTypes is null || layers is null)
            {
                return new ParseResult(null, bag.ToEquatableArray());
            }

            var target = new TargetType(
                NamespaceOf(type),
                type.Name,
                containingTypes.ToEquatableArray());
            var spec = new NetworkSpec(
                target, reader.InputSize, layers.ToEquatableArray(), network.Precision, network.Seed, network.Initialization,
                network.BiasInit, network.CheckFinite, reader.Loss, reader.Optimizer ?? OptimizerSpec.DefaultAdam)
            {
                Weights = network.Weights is null ? null : new WeightsSource(network.Weights, DirectoryOf(networkAttribute))
                {
                    Utf8Literals = context.TargetNode.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 },
                },
            };
            return new ParseResult(spec, bag.ToEquatableArray()) { NetworkLocation = networkLocation };
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

        private static bool HasPrimaryConstructor(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is ClassDeclarationSyntax { ParameterList: not null });

        /// <summary>
        /// Reports members of the user's own declarations that the generated file would declare again: the
        /// generated constructors, constants, properties and private helpers. Same-named methods are overloads.
        /// </summary>
        private static void CheckMemberConflicts(INamedTypeSymbol type, LocationInfo? location, DiagnosticBag bag)
        {
            if (GeneratedMembers.IsReserved(type.Name))
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
                    if (constructor.Parameters.Length == 0
                        || (constructor.Parameters.Length == 1 && constructor.Parameters[0].Type.SpecialType == SpecialType.System_Int32))
                    {
                        bag.Add(MemberConflict, location, type.Name, $"the constructor {constructor.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}");
                    }

                    continue;
                }

                bool isOrdinaryMethod = member is IMethodSymbol { MethodKind: MethodKind.Ordinary };
                if (GeneratedMembers.Values.Contains(member.Name)
                    || member.Name.StartsWith(GeneratedMembers.PrivatePrefix, StringComparison.Ordinal)
                    || (!isOrdinaryMethod && GeneratedMembers.Methods.Contains(member.Name)))
                {
                    bag.Add(MemberConflict, location, type.Name, $"a member named '{member.Name}'");
                }
            }
        }

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
            private readonly List<(int Units, LocationInfo? Location)> _dense = new();
            private readonly Dictionary<int, (Activation Kind, double Alpha, LocationInfo? Location)> _activations = new();
            private bool _inputSeen;
            private bool _inputMisplaced;
            private bool _sizeOutOfRange;
            private LocationInfo? _lossLocation;
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
                return name is AttributeNames.Input or AttributeNames.Dense or AttributeNames.Activation;
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
                        _dense.Add((units, location));
                        break;
                    case AttributeNames.Activation:
                        ReadActivation(attribute, location);
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
                }
            }

            private void ReadInput(AttributeData attribute, LocationInfo? location)
            {
                if (_inputSeen || _dense.Count > 0)
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
                if (_dense.Count == 0)
                {
                    _bag.Add(ActivationWithoutDense, location);
                    return;
                }

                int layer = _dense.Count - 1;
                if (_activations.ContainsKey(layer))
                {
                    _bag.Add(DuplicateActivation, location);
                    return;
                }

                int value = IntArgument(attribute);
                if (!ActivationInfo.IsDefined(value))
                {
                    _bag.Add(UnknownEnumValue, location, value, "Activation");
                    return;
                }

                var info = ActivationInfo.For((Activation)value);
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

                _activations[layer] = (info.Kind, alpha, location);
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

                if (isSgd)
                {
                    double momentum = Check("Momentum", Named(attribute, "Momentum", 0), location, v => v >= 0 && v < double.PositiveInfinity, "0 or greater");
                    double dampening = Check("Dampening", Named(attribute, "Dampening", 0), location, v => v >= 0 && v <= 1, "between 0 and 1");
                    bool nesterov = TryNamed(attribute, "Nesterov", out var n) && n.Value is true;
                    if (nesterov && (momentum <= 0 || dampening != 0))
                    {
                        _bag.Add(InvalidHyperparameter, location, "Nesterov", "true", "used with Momentum > 0 and Dampening = 0, as torch.optim.SGD requires");
                    }

                    Optimizer = new OptimizerSpec(kind, learningRate, 0, 0, 0, weightDecay, momentum, dampening, nesterov);
                    return;
                }

                double beta1 = Check("Beta1", Named(attribute, "Beta1", Defaults.Beta1), location, v => v >= 0 && v < 1, "in [0, 1)");
                double beta2 = Check("Beta2", Named(attribute, "Beta2", Defaults.Beta2), location, v => v >= 0 && v < 1, "in [0, 1)");
                double epsilon = Check("Epsilon", Named(attribute, "Epsilon", Defaults.Epsilon), location, v => v >= 0 && !double.IsInfinity(v), "0 or greater and finite");
                Optimizer = new OptimizerSpec(kind, learningRate, beta1, beta2, epsilon, weightDecay, 0, 0, false);
            }

            /// <summary>
            /// A float network writes Alpha and Delta as float literals: a value past float's range would become
            /// infinity, so it is reported rather than emitted.
            /// </summary>
            public void CheckFitsPrecision(Precision precision)
            {
                if (precision != Precision.Single)
                {
                    return;
                }

                foreach (var (_, alpha, location) in _activations.Values)
                {
                    CheckFloat("Alpha", alpha, location);
                }

                CheckFloat("Delta", Loss.Delta, _lossLocation);
            }

            private void CheckFloat(string name, double value, LocationInfo? location)
            {
                if (!double.IsInfinity(value) && Math.Abs(value) > float.MaxValue)
                {
                    _bag.Add(InvalidHyperparameter, location, name, value.ToString("R", CultureInfo.InvariantCulture), "within the range of float (or use Precision.Double)");
                }
            }

            /// <summary>(inputs + 1) × units summed over the layers, once <see cref="Finish"/> has run.</summary>
            public long ParameterCount { get; private set; }

            /// <summary>Baked weights are compiled into the assembly, so their size is capped (NG0034).</summary>
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

            /// <summary>Checks what needs the whole network; returns the layers, or null when incomplete.</summary>
            public List<LayerSpec>? Finish(LocationInfo? networkLocation)
            {
                // An [Input] after a Dense is already NG0005; saying it is missing too would only add noise.
                if (!_inputSeen && !_inputMisplaced)
                {
                    _bag.Add(MissingInput, networkLocation, _typeName);
                }

                if (_dense.Count == 0)
                {
                    _bag.Add(MissingDense, networkLocation, _typeName);
                    return null;
                }

                var layers = new List<LayerSpec>();
                for (int i = 0; i < _dense.Count; i++)
                {
                    var (kind, alpha, location) = _activations.TryGetValue(i, out var a) ? a : (Activation.Identity, 0.0, null);
                    if (kind == Activation.Softmax && i != _dense.Count - 1)
                    {
                        _bag.Add(SoftmaxNotLast, location);
                    }

                    layers.Add(new LayerSpec(_dense[i].Units, kind, alpha));
                }

                var lossInfo = LossInfo.For(Loss.Kind);
                var outputActivation = layers[layers.Count - 1].Activation;
                if (lossInfo.FusedActivation is { } required && required != outputActivation)
                {
                    _bag.Add(LossIncompatible, _lossLocation ?? networkLocation, Loss.Kind, required, outputActivation);
                }

                long parameters = 0;
                int fanIn = InputSize;
                foreach (var layer in layers)
                {
                    parameters += ((long)fanIn + 1) * layer.Units;
                    fanIn = layer.Units;
                }

                // A size that is already out of range (NG0007) would make this count meaningless noise.
                if (parameters > Defaults.MaxParameterCount && !_sizeOutOfRange)
                {
                    _bag.Add(TooManyParameters, networkLocation, _typeName, parameters, Defaults.MaxParameterCount);
                }

                if (layers.Count > Defaults.MaxLayers)
                {
                    _bag.Add(TooManyLayers, networkLocation, _typeName, layers.Count, Defaults.MaxLayers);
                }

                ParameterCount = parameters;

                return layers;
            }

            private double Check(string name, double value, LocationInfo? location, Func<double, bool> isValid, string expected)
            {
                if (!isValid(value))
                {
                    _bag.Add(InvalidHyperparameter, location, name, value.ToString("R", CultureInfo.InvariantCulture), expected);
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
