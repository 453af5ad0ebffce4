using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Diagnostics
{
    /// <summary>Every diagnostic NetGen reports. Each has a help page at docs/diagnostics/{Id}.md.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "NetGen";
        private const string HelpRoot = "https://github.com/netgen-dev/NetGen/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor NotPartial = Error(
            "NG0001", "Network class must be partial",
            "The [Network] class '{0}' must be declared partial so NetGen can add the generated members");

        public static readonly DiagnosticDescriptor UnsupportedType = Error(
            "NG0002", "Unsupported network type",
            "[Network] cannot be applied to '{0}' because it is {1}; declare a non-generic, non-static partial class");

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
            "NG0003", "Containing type must be partial",
            "The type '{0}' that contains the [Network] class must be declared partial");

        public static readonly DiagnosticDescriptor MissingInput = Error(
            "NG0004", "Network has no input layer",
            "The network '{0}' needs an [Input(size)] attribute before its first [Dense]");

        public static readonly DiagnosticDescriptor MisplacedInput = Error(
            "NG0005", "Input must come once, first",
            "[Input] must appear exactly once, before the first [Dense]");

        public static readonly DiagnosticDescriptor MissingDense = Error(
            "NG0006", "Network has no Dense layer",
            "The network '{0}' needs at least one [Dense(units)] layer");

        public static readonly DiagnosticDescriptor SizeOutOfRange = Error(
            "NG0007", "Layer size out of range",
            "{0} size {1} is out of range; it must be between 1 and {2}");

        public static readonly DiagnosticDescriptor ActivationWithoutDense = Error(
            "NG0008", "Activation without a Dense layer",
            "[Activation] must follow a module ([Dense], [LayerNorm], …); it applies to the output of the module just before it");

        public static readonly DiagnosticDescriptor DuplicateActivation = Error(
            "NG0009", "Two activations in a row",
            "The module before already has an activation; an [Activation] must follow a module that is not an activation");

        public static readonly DiagnosticDescriptor SoftmaxNotLast = Error(
            "NG0010", "Softmax must be on the last layer",
            "Softmax normalises the network's output and is allowed as the last module only");

        public static readonly DiagnosticDescriptor ParameterNotSupported = Error(
            "NG0011", "Parameter not supported",
            "{0} has no parameter '{1}'");

        public static readonly DiagnosticDescriptor LayersSpreadOverPartials = Error(
            "NG0012", "Layers declared on several partial declarations",
            "The layer attributes of '{0}' are spread over several partial declarations, so their order is ambiguous; declare them all on one");

        public static readonly DiagnosticDescriptor LayerWithoutNetwork = new(
            "NG0013", "Layer attribute without [Network]",
            "'{0}' has NetGen layer attributes but no [Network] attribute, so nothing is generated",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + "NG0013.md");

        public static readonly DiagnosticDescriptor LossIncompatible = Error(
            "NG0014", "Loss incompatible with the output layer",
            "{0} needs a {1} activation on the last layer, but it has {2}");

        public static readonly DiagnosticDescriptor MultipleOptimizers = Error(
            "NG0015", "More than one optimizer",
            "A network takes exactly one optimizer attribute; remove [{0}] or the other one");

        public static readonly DiagnosticDescriptor InvalidHyperparameter = Error(
            "NG0016", "Invalid hyper-parameter",
            "{0} = {1} is invalid; it must be {2}");

        public static readonly DiagnosticDescriptor UnknownEnumValue = Error(
            "NG0017", "Unknown enum value",
            "{0} is not a defined {1} value");

        public static readonly DiagnosticDescriptor TooManyParameters = Error(
            "NG0018", "Network too large",
            "The network '{0}' has {1} parameters; at most {2} are supported");

        public static readonly DiagnosticDescriptor RuntimeMissing = Error(
            "NG0019", "NetGen run-time helpers not available",
            "The generated code for '{0}' needs NetGen's run-time helpers, which this project does not reference; reference the NetGen package, which supports netstandard2.0, netstandard2.1 and net8.0 or later");

        public static readonly DiagnosticDescriptor WeightsFileNotFound = Error(
            "NG0020", "Weights file not found",
            "The weights file '{0}' of '{1}' is not among the AdditionalFiles; add <AdditionalFiles Include=\"path/to/{0}\" /> to the project");

        public static readonly DiagnosticDescriptor WeightsFileAmbiguous = Error(
            "NG0021", "Weights file is ambiguous",
            "The weights file '{0}' of '{1}' matches several AdditionalFiles ({2}); give its path relative to the source file that declares the network");

        public static readonly DiagnosticDescriptor WeightsFileInvalid = Error(
            "NG0022", "Weights file is not a valid safetensors file",
            "The weights file '{0}' cannot be baked: {1}");

        public static readonly DiagnosticDescriptor WeightsMismatch = Error(
            "NG0023", "Weights do not match the network",
            "The weights file '{0}' does not match '{1}': {2}");

        public static readonly DiagnosticDescriptor WeightsDTypeUnsupported = Error(
            "NG0024", "Weights have an unsupported dtype",
            "The weights file '{0}' cannot be baked into '{1}': {2}");

        public static readonly DiagnosticDescriptor MemberConflict = Error(
            "NG0025", "Member conflicts with a generated member",
            "'{0}' declares {1}, which NetGen generates for the network; rename or remove it");

        public static readonly DiagnosticDescriptor InternalError = Error(
            "NG0026", "NetGen internal error",
            "NetGen could not generate '{0}' because of an internal error ({1}: {2}); please report it with the declaration");

        public static readonly DiagnosticDescriptor BaseConstructorMissing = Error(
            "NG0027", "Base class cannot be constructed",
            "'{0}' derives from '{1}', but {2}; the generated constructors call base()");

        public static readonly DiagnosticDescriptor InheritedMemberConflict = Error(
            "NG0028", "Inherited member conflicts with a generated member",
            "'{0}' inherits {1} from '{2}', which a generated member would hide; rename it there or derive from another class");

        public static readonly DiagnosticDescriptor GlobalTypeHidesNamespace = Error(
            "NG0029", "A global type hides a namespace the generated code uses",
            "The type '{0}' in the global namespace ({1}) hides the namespace {0}, which the generated code of '{2}' uses; move the type into a namespace");

        public static readonly DiagnosticDescriptor TooManyLayers = Error(
            "NG0030", "Network too deep",
            "The network '{0}' has {1} layers (modules other than activations); at most {2} are supported, because generated code grows with every layer");

        public static readonly DiagnosticDescriptor BakedWeightsTooLarge = Error(
            "NG0031", "Weights too large to bake",
            "The network '{0}' would bake {1} bytes of weights ({2} parameters); at most {3} bytes can be compiled in; remove Weights and call Load at run time instead");

        public static readonly DiagnosticDescriptor StandardizeNotFirst = Error(
            "NG0032", "Standardize must be the first module",
            "[Standardize] standardises the network's inputs and must come right after [Input], before every other module");

        public static readonly DiagnosticDescriptor DuplicateModuleName = Error(
            "NG0033", "Two modules have the same name",
            "Two modules of '{0}' are named '{1}', so their state_dict names would collide; give each a different Name");

        public static readonly DiagnosticDescriptor InvalidModuleName = Error(
            "NG0034", "Invalid module name",
            "Name \"{0}\" is not a usable state_dict prefix; use 1 to {1} letters, digits or '_', starting with a letter or '_' (as a Python attribute)");

        public static readonly DiagnosticDescriptor OutputNotDense = Error(
            "NG0035", "The last module must be a Dense layer",
            "The network '{0}' ends with {1}; end it with a [Dense] layer (optionally followed by its [Activation]), whose units are the outputs");

        public static readonly DiagnosticDescriptor StrategyNotAdmitted = Error(
            "NG0036", "Forced training strategy cannot train this network",
            "The strategy {0} forced on '{1}' cannot train it: {2}");

        public static readonly DiagnosticDescriptor DropoutProbabilityOutOfRange = Error(
            "NG0037", "Dropout probability out of range",
            "Dropout probability {0} is out of range; it must be at least 0 and below 1 (PyTorch allows 1, which zeroes every value and trains nothing)");

        public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
        {
            NotPartial, UnsupportedType, ContainingTypeNotPartial, MissingInput, MisplacedInput, MissingDense, SizeOutOfRange,
            ActivationWithoutDense, DuplicateActivation, SoftmaxNotLast, ParameterNotSupported, LayersSpreadOverPartials,
            LayerWithoutNetwork, LossIncompatible, MultipleOptimizers, InvalidHyperparameter, UnknownEnumValue,
            TooManyParameters, RuntimeMissing, WeightsFileNotFound, WeightsFileAmbiguous, WeightsFileInvalid, WeightsMismatch,
            WeightsDTypeUnsupported, MemberConflict, InternalError, BaseConstructorMissing, InheritedMemberConflict,
            GlobalTypeHidesNamespace, TooManyLayers, BakedWeightsTooLarge, StandardizeNotFirst, DuplicateModuleName,
            InvalidModuleName, OutputNotDense, StrategyNotAdmitted, DropoutProbabilityOutOfRange,
        }.ToDictionary(d => d.Id);

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
    }
}
