using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using NetGen.Generator.Model;

namespace NetGen.Generator.Baking
{
    /// <summary>One tensor of a weights file: name, dtype, shape and, for F32 and F64, its values as doubles.</summary>
    internal sealed record FileTensor(string Name, string DType, EquatableArray<int> Shape, EquatableArray<double> Values);

    /// <summary>
    /// A .safetensors AdditionalFiles item, read and parsed once per change of the file. It is an equatable value,
    /// so the networks that bake it are regenerated only when its content changes.
    /// </summary>
    /// <param name="Path">The item's path, as the compiler was given it.</param>
    /// <param name="Error">Why the file cannot be used (unreadable, not valid safetensors), or null.</param>
    /// <param name="Tensors">The tensors, in data order; empty when <paramref name="Error"/> is set.</param>
    internal sealed record WeightsFile(string Path, string? Error, EquatableArray<FileTensor> Tensors)
    {
        public const string Extension = ".safetensors";

        /// <summary>Only files with the format's extension are read, so other AdditionalFiles cost nothing.</summary>
        public static bool IsCandidate(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

        public static WeightsFile Read(string path, CancellationToken cancellationToken)
        {
            byte[] bytes;
            try
            {
                // Roslyn has no binary API for AdditionalFiles (dotnet/roslyn#47292), and AdditionalText.GetText on a
                // binary file fails the build with CS2015. The path is one the compiler was handed as an input, and the
                // build re-runs the compiler when the file changes, so reading its bytes here is safe.
#pragma warning disable RS1035 // Do not use APIs banned for analyzers
                bytes = File.ReadAllBytes(path);
#pragma warning restore RS1035
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                return Failed(path, "it cannot be read (" + exception.Message + ")");
            }

            cancellationToken.ThrowIfCancellationRequested();
            SafetensorsHeader header;
            try
            {
                header = SafetensorsHeader.Parse(bytes);
            }
            catch (SafetensorsFormatException exception)
            {
                return Failed(path, exception.Message);
            }

            var tensors = new List<FileTensor>();
            foreach (var info in header.Tensors)
            {
                var values = info.IsReadable ? header.ReadDoubles(bytes, info) : Array.Empty<double>();
                tensors.Add(new FileTensor(info.Name, info.DType, info.Shape.ToEquatableArray(), values.ToEquatableArray()));
            }

            return new WeightsFile(path, null, tensors.ToEquatableArray());
        }

        private static WeightsFile Failed(string path, string error) => new(path, error, EquatableArray<FileTensor>.Empty);
    }
}
