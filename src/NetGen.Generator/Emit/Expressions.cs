using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    /// <summary>
    /// Builds the calls into NetGen.Activations (scalars), NetGen.Runtime.VectorActivations (vectors of rows) and
    /// NetGen.Runtime.Losses from their one description (<see cref="ActivationTraits"/>, <see cref="LossInfo"/>).
    /// Forward and backward emission both come here.
    /// </summary>
    internal static class Expressions
    {
        private const string Activations = "global::NetGen.Activations.";
        private const string VectorActivations = "global::NetGen.Runtime.VectorActivations.";
        private const string Losses = "global::NetGen.Runtime.Losses.";
        private const string BatchActivations = "global::NetGen.Runtime.BatchActivations.";

        /// <summary>
        /// System.Numerics.Vector&lt;T&gt;, fully qualified: a file-level alias could be shadowed by a user type or
        /// collide with a user's global using of the same name.
        /// </summary>
        public static string Vector(string element) => $"global::System.Numerics.Vector<{element}>";

        /// <summary>The scalar forms are public (users call them too); the forms over vectors of rows are run-time plumbing.</summary>
        private static string ActivationsOf(bool lanes) => lanes ? VectorActivations : Activations;

        /// <summary>f(z), or z itself for Identity; <paramref name="lanes"/> when z is a vector of rows.</summary>
        public static string Activate(ModulePlan layer, ElementType element, string z, bool lanes = false) => layer.Activation.IsIdentity
            ? z
            : $"{ActivationsOf(lanes)}{layer.Activation.MethodName}({z}{AlphaArgument(layer, element)})";

        /// <summary>
        /// The text before and after the argument of <see cref="Activate"/>, for a sum written over several lines:
        /// ("global::NetGen.Activations.Relu(", ")"), or ("", "") for Identity.
        /// </summary>
        public static (string Open, string Close) ActivateAround(ModulePlan layer, ElementType element, bool lanes = false)
        {
            const string Hole = "\u0000";
            string call = Activate(layer, element, Hole, lanes);
            int at = call.IndexOf(Hole, System.StringComparison.Ordinal);
            return (call.Substring(0, at), call.Substring(at + Hole.Length));
        }

        /// <summary>f'(·) from whichever of z and y the activation's derivative takes.</summary>
        public static string Derivative(ModulePlan layer, ElementType element, string z, string y, bool lanes = false) =>
            layer.Activation.DerivativeFrom == DerivativeSource.Output
                ? $"{ActivationsOf(lanes)}{layer.Activation.MethodName}DerivativeFromOutput({y}{AlphaArgument(layer, element)})"
                : $"{ActivationsOf(lanes)}{layer.Activation.MethodName}Derivative({z}{AlphaArgument(layer, element)})";

        /// <summary>f over a span of vectors (z) into another (y): the per-layer form of <see cref="Activate"/>.</summary>
        public static string ActivateLayer(ModulePlan layer, string z, string y) => $"{VectorActivations}{layer.Activation.MethodName}({z}, {y})";

        /// <summary>f over one row's units (a span of T) into another span: LayerPlan.ActivatesWholeRow.</summary>
        public static string ActivateRow(ModulePlan layer, ElementType element, string z, string y) => $"{VectorActivations}{layer.Activation.MethodName}Row{element.CopiedTypeArguments}({z}, {y})";

        /// <summary>f over a span of vectors, with f'(z) into a third span (<see cref="ActivationTraits.DerivativeWithValue"/>).</summary>
        public static string ActivateLayerWithDerivative(ModulePlan layer, string z, string y, string dz) => $"{VectorActivations}{layer.Activation.MethodName}WithDerivative({z}, {y}, {dz})";

        /// <summary>
        /// The activation has a vectorised form over a whole batch-major layer (NetGen.Runtime.BatchActivations): the
        /// lane forms, in net8.0+ code only (the portable build has scalar helpers only).
        /// </summary>
        public static bool HasBatchForm(ModulePlan layer, ElementType element) =>
            element.Flavour == TargetFlavour.Modern && layer.Activation.HasLaneForm && !layer.Activation.IsIdentity;

        /// <summary>f over a batch-major span (z) into another of the same length (y), which may be z itself.</summary>
        public static string ActivateBatch(ModulePlan layer, ElementType element, string z, string y) =>
            $"{BatchActivations}{layer.Activation.MethodName}{element.CopiedTypeArguments}({z}, {y})";

        /// <summary>dz *= f'(·) over a batch-major span, from whichever of z and y the derivative takes.</summary>
        public static string BackwardBatch(ModulePlan layer, ElementType element, string z, string y, string dz) =>
            $"{BatchActivations}{layer.Activation.MethodName}Backward{element.CopiedTypeArguments}({(layer.Activation.DerivativeFrom == DerivativeSource.Output ? y : z)}, {dz})";

        public static string Softmax(ElementType element, string z, string y) => $"{Activations}Softmax{element.TypeArguments}({z}, {y})";

        public static string SoftmaxBackward(ElementType element, string y, string dy) => $"{Activations}SoftmaxBackward{element.TypeArguments}({y}, {dy}, {dy})";

        /// <summary>The loss summed over one row.</summary>
        public static string LossSum(NetworkPlan plan, string output, string target) =>
            $"{Losses}{plan.Loss.MethodStem}Sum{plan.Code.CopiedTypeArguments}({output}, {target}{DeltaArgument(plan)})";

        /// <summary>Writes scale · ∂(row loss)/∂output into <paramref name="gradient"/>.</summary>
        public static string LossGradient(NetworkPlan plan, string output, string target, string scale, string gradient) =>
            $"{Losses}{plan.Loss.MethodStem}Gradient{plan.Code.CopiedTypeArguments}({output}, {target}{DeltaArgument(plan)}, {scale}, {gradient})";

        /// <summary>A label for comments: "LeakyRelu(alpha 0.1)".</summary>
        public static string Label(ModulePlan layer) => layer.Activation.HasAlpha
            ? $"{layer.Activation.MethodName}(alpha {Literals.Plain(layer.Alpha)})"
            : layer.Activation.MethodName;

        private static string AlphaArgument(ModulePlan layer, ElementType element) =>
            layer.Activation.HasAlpha ? ", " + Literals.Element(layer.Alpha, element.Name) : "";

        private static string DeltaArgument(NetworkPlan plan) =>
            plan.Loss.HasDelta ? ", " + Literals.Element(plan.Spec.Loss.Delta, plan.Element) : "";
    }
}
