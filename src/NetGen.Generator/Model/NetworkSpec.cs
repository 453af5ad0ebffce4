namespace NetGen.Generator.Model
{
    /// <summary>Everything the emitter needs to know about one [Network] class. Holds no Roslyn objects.</summary>
    internal sealed record NetworkSpec(
        TargetType Type,
        int InputSize,
        EquatableArray<ModuleSpec> Modules,
        Precision Precision,
        int Seed,
        Initialization Initialization,
        double BiasInit,
        bool CheckFinite,
        LossSpec Loss,
        OptimizerSpec Optimizer)
    {
        /// <summary>The safetensors file to bake into the generated code, or null (see <see cref="WeightsSource"/>).</summary>
        public WeightsSource? Weights { get; init; }

        /// <summary>The user's declaration already carries [GeneratedCode]; the generated part must not repeat it.</summary>
        public bool MarkedGeneratedCode { get; init; }

        /// <summary>The training strategy a test forced with NetGen.Runtime.ForceStrategyAttribute, or null for the planner's choice.</summary>
        public NetGen.Runtime.TrainingStrategy? ForcedStrategy { get; init; }

        /// <summary>Which build of the run-time helpers the project references (see <see cref="TargetFlavour"/>).</summary>
        public TargetFlavour Flavour { get; init; }
    }

    /// <summary>
    /// The build of NetGen.Abstractions the project compiles against, found by the parser from marker types.
    /// </summary>
    internal enum TargetFlavour
    {
        /// <summary>net8.0 or later: generic-math helpers called with explicit type arguments, vector code allowed.</summary>
        Modern,

        /// <summary>
        /// netstandard2.0/2.1 (.NET Framework, Mono, Unity): float and double overloads called without type arguments,
        /// scalar code only, no ReadOnlySpan element reads (Mono's corlib lacks the indexer the compiler binds to).
        /// </summary>
        Portable,
    }

    /// <summary>Where the partial class lives: namespace (null for the global one), name and enclosing types.</summary>
    internal sealed record TargetType(string? Namespace, string Name, EquatableArray<ContainingType> ContainingTypes)
    {
        public string FullName
        {
            get
            {
                var prefix = Namespace is null ? "" : Namespace + ".";
                foreach (var containing in ContainingTypes)
                {
                    prefix += containing.Name + ".";
                }

                return prefix + Name;
            }
        }

        /// <summary>
        /// The name as metadata spells it ("A.B.Outer+Net"): unlike <see cref="FullName"/> it tells a nested type
        /// from a namespace of the same name, so it identifies the type.
        /// </summary>
        public string MetadataName
        {
            get
            {
                var name = Namespace is null ? "" : Namespace + ".";
                foreach (var containing in ContainingTypes)
                {
                    name += containing.Name + "+";
                }

                return name + Name;
            }
        }
    }

    /// <summary>An enclosing type, re-declared as partial around the generated class.</summary>
    /// <param name="Keyword">class, struct, record, record struct or interface.</param>
    /// <param name="Name">The type's name.</param>
    internal sealed record ContainingType(string Keyword, string Name);

    /// <summary>
    /// One module of the network, in declaration order, as nn.Sequential holds them. The planner decides how modules
    /// combine (a Linear with the activation after it, say); the spec only says what was declared.
    /// </summary>
    internal abstract record ModuleSpec
    {
        /// <summary>The attribute as users write it, for messages: "[Dense]".</summary>
        public abstract string Attribute { get; }

        /// <summary>The state_dict prefix from Name = "…", or null (the nn.Sequential index; modules without Name).</summary>
        public virtual string? Name => null;
    }

    /// <summary>[Dense(units)]: nn.Linear(in, units).</summary>
    /// <param name="Units">Outputs of the layer.</param>
    /// <param name="Name">The state_dict prefix from Name = "…", or null for the nn.Sequential index.</param>
    internal sealed record LinearSpec(int Units, string? Name) : ModuleSpec
    {
        public override string Attribute => "[Dense]";

        public override string? Name { get; } = Name;
    }

    /// <summary>[Activation(kind)]: the torch.nn module of <see cref="ActivationTraits.PyTorchModule"/>.</summary>
    /// <param name="Kind">The activation.</param>
    /// <param name="Alpha">Its alpha, already defaulted; 0 for activations without one.</param>
    internal sealed record ActivationSpec(Activation Kind, double Alpha) : ModuleSpec
    {
        public override string Attribute => "[Activation]";

        public ActivationTraits Traits => ActivationTraits.For(Kind);
    }

    /// <summary>[Dropout(p)]: nn.Dropout(p).</summary>
    internal sealed record DropoutSpec(double Probability) : ModuleSpec
    {
        public override string Attribute => "[Dropout]";
    }

    /// <summary>[LayerNorm]: nn.LayerNorm(n, eps), elementwise affine.</summary>
    internal sealed record LayerNormSpec(double Epsilon, string? Name) : ModuleSpec
    {
        public override string Attribute => "[LayerNorm]";

        public override string? Name { get; } = Name;
    }

    /// <summary>[BatchNorm]: nn.BatchNorm1d(n, eps, momentum).</summary>
    internal sealed record BatchNormSpec(double Epsilon, double Momentum, string? Name) : ModuleSpec
    {
        public override string Attribute => "[BatchNorm]";

        public override string? Name { get; } = Name;
    }

    /// <summary>[Standardize]: per-feature (x − mean) / std with statistics from Adapt; first module only.</summary>
    internal sealed record StandardizeSpec(string? Name) : ModuleSpec
    {
        public override string Attribute => "[Standardize]";

        public override string? Name { get; } = Name;
    }

    /// <summary>The loss and its parameter.</summary>
    /// <param name="Kind">The loss.</param>
    /// <param name="Delta">Huber's delta; unused otherwise.</param>
    internal sealed record LossSpec(Loss Kind, double Delta);

    /// <summary>The optimizers NetGen generates a step for.</summary>
    internal enum OptimizerKind
    {
        Adam,
        AdamW,
        Sgd,
        Rprop,
    }

    /// <summary>The optimizer and its hyper-parameters, defaults already applied.</summary>
    internal sealed record OptimizerSpec(
        OptimizerKind Kind,
        double LearningRate,
        double Beta1,
        double Beta2,
        double Epsilon,
        double WeightDecay,
        double Momentum,
        double Dampening,
        bool Nesterov,
        double EtaMinus,
        double EtaPlus,
        double StepSizeMin,
        double StepSizeMax)
    {
        public static OptimizerSpec DefaultAdam { get; } = new(
            OptimizerKind.Adam, Defaults.AdamLearningRate, Defaults.Beta1, Defaults.Beta2, Defaults.Epsilon, Defaults.AdamWeightDecay, 0, 0, false, 0, 0, 0, 0);
    }
}
