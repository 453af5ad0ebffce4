using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Threading;
using NetGen.Generator.Model;

namespace NetGen.Generator.Baking
{
    /// <summary>One tensor of a weights file: name, dtype, shape and, for F32 and F64, its values as doubles.</summary>
    internal sealed record FileTensor(string Name, string DType, EquatableArray<int> Shape, EquatableArray<double> Values);

    /// <summary>
    /// A .safetensors AdditionalFiles item as the pipeline sees it before anything is opened: its path and a stamp
    /// (length and last write time, from the file system's metadata) that changes when the file does, so a network
    /// is baked again when its file changes and never because another item did.
    /// </summary>
    internal sealed record WeightsItem(string Path, long Length, long LastWriteTicks)
    {
        public static WeightsItem Stat(string path)
        {
            try
            {
#pragma warning disable RS1035 // Metadata only: the file is not opened (see WeightsFile.Read).
                var info = new FileInfo(path);
                return info.Exists ? new WeightsItem(path, info.Length, info.LastWriteTimeUtc.Ticks) : new WeightsItem(path, -1, -1);
#pragma warning restore RS1035
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
            {
                return new WeightsItem(path, -1, -1);
            }
        }
    }

    /// <summary>
    /// The weights file a network names, read and parsed: an equatable value, so the networks that bake it are
    /// regenerated only when its content changes.
    /// </summary>
    /// <param name="Path">The item's path, as the compiler was given it.</param>
    /// <param name="Error">Why the file cannot be used (unreadable, not a regular file, too large, not valid safetensors), or null.</param>
    /// <param name="Tensors">The tensors, in data order; empty when <paramref name="Error"/> is set.</param>
    internal sealed record WeightsFile(string Path, string? Error, EquatableArray<FileTensor> Tensors)
    {
        public const string Extension = ".safetensors";

        /// <summary>The characters of an exception message quoted in NG0022.</summary>
        private const int MaxQuotedMessage = 200;

        /// <summary>Only files with the format's extension are candidates, so other AdditionalFiles cost nothing.</summary>
        public static bool IsCandidate(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Reads a weights file, bounded: the path must lead (through symbolic links) to a regular file of at least
        /// 8 bytes and at most <see cref="SafetensorsLimits.MaxBakedFileBytes"/>, checked before the file is opened,
        /// so a FIFO or a device never blocks or floods the build; then only the length prefix, the header (capped
        /// by <see cref="SafetensorsLimits"/>) and exactly the data the header describes are read.
        /// </summary>
        /// <param name="path">The item's path.</param>
        /// <param name="wantValues">
        /// Told the tensors (names, dtypes, shapes) once the header is parsed; the data is read only when it returns
        /// true, so a file that does not match the network costs no more than its header.
        /// </param>
        /// <param name="cancellationToken">Cancels between tensors.</param>
        public static WeightsFile Read(string path, Func<IReadOnlyList<FileTensor>, bool> wantValues, CancellationToken cancellationToken)
        {
            try
            {
                // Roslyn has no binary API for AdditionalFiles (dotnet/roslyn#47292), and AdditionalText.GetText on a
                // binary file fails the build with CS2015. The path is one the compiler was handed as an input, and the
                // build re-runs the compiler when the file changes, so reading its bytes here is safe.
#pragma warning disable RS1035 // Do not use APIs banned for analyzers
                string? refused = CheckRegularFile(path, out string target, out long length);
                if (refused is not null)
                {
                    return Failed(path, refused);
                }

                using var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
#pragma warning restore RS1035
                if (stream.Length != length)
                {
                    return Failed(path, "it changed while it was being read; build again");
                }

                return Parse(path, stream, length, wantValues, cancellationToken);
            }
            catch (SafetensorsFormatException exception)
            {
                return Failed(path, exception.Message);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
            {
                string message = exception.Message.Length <= MaxQuotedMessage ? exception.Message : exception.Message.Substring(0, MaxQuotedMessage) + "...";
                return Failed(path, "it cannot be read (" + message + ")");
            }
        }

        /// <summary>
        /// Null when the path leads to a regular file of an acceptable size; otherwise why not. Uses only the file
        /// system's metadata: a FIFO, a device or a procfs file reports a length of 0, and is refused unopened.
        /// </summary>
        private static string? CheckRegularFile(string path, out string target, out long length)
        {
            target = path;
            length = 0;
#pragma warning disable RS1035 // Do not use APIs banned for analyzers
            // Directory.Exists follows links; FileInfo describes the link itself (and has all attributes set when
            // nothing exists at the path), so existence is checked before the attributes are.
            if (Directory.Exists(path))
            {
                return "it is a folder, not a file";
            }

            FileSystemInfo info = new FileInfo(path);
            if (!info.Exists)
            {
                return "it cannot be read (it does not exist)";
            }

            if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                if (!TryResolveLinkTarget(info, out var resolved))
                {
                    return "it is a symbolic link that cannot be followed (a loop of links, or a runtime without FileSystemInfo.ResolveLinkTarget); name the file itself";
                }

                if (resolved is not null)
                {
                    if (!resolved.Exists)
                    {
                        return "it cannot be read (it is a symbolic link whose target does not exist)";
                    }

                    info = resolved;
                    target = resolved.FullName;
                }
            }

            length = info is FileInfo file ? file.Length : 0;
#pragma warning restore RS1035
            if (length < SafetensorsHeader.LengthPrefixSize)
            {
                return "it is not a regular file of at least 8 bytes (" + length.ToString(CultureInfo.InvariantCulture) +
                       " bytes: an empty or truncated file, or a FIFO, device or other special file)";
            }

            if (length > SafetensorsLimits.MaxBakedFileBytes)
            {
                return "it is " + length.ToString(CultureInfo.InvariantCulture) + " bytes long, more than the " +
                       SafetensorsLimits.MaxBakedFileBytes.ToString(CultureInfo.InvariantCulture) +
                       " bytes NetGen bakes (SafetensorsLimits.MaxBakedFileBytes); load large weights at run time with Load";
            }

            return null;
        }

        /// <summary>
        /// The final target of a symbolic link (null when the reparse point is not a link). False when the runtime
        /// cannot tell: the generator targets netstandard2.0, which lacks ResolveLinkTarget; the compiler runs on
        /// .NET, which has it.
        /// </summary>
        private static bool TryResolveLinkTarget(FileSystemInfo link, out FileSystemInfo? target)
        {
            target = null;
            var method = typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", BindingFlags.Public | BindingFlags.Instance, null, new[] { typeof(bool) }, null);
            if (method is null)
            {
                return false;
            }

            try
            {
                target = method.Invoke(link, new object[] { true }) as FileSystemInfo;
                return true;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is IOException or UnauthorizedAccessException)
            {
                // A loop of links, or a target that cannot be inspected.
                return false;
            }
        }

        /// <summary>Reads the prefix, the header and the data it describes, in that order, from the file's start.</summary>
        private static WeightsFile Parse(string path, Stream stream, long length, Func<IReadOnlyList<FileTensor>, bool> wantValues, CancellationToken cancellationToken)
        {
            byte[] prefix = new byte[SafetensorsHeader.LengthPrefixSize];
            ReadExactly(stream, prefix, prefix.Length);
            int headerLength = SafetensorsHeader.ReadHeaderLength(prefix, length);
            byte[] head = new byte[SafetensorsHeader.LengthPrefixSize + headerLength];
            prefix.CopyTo(head, 0);
            ReadExactly(stream, head, headerLength, SafetensorsHeader.LengthPrefixSize);
            var header = SafetensorsHeader.Parse(head, head.Length, length);

            var described = new List<FileTensor>(header.Tensors.Count);
            foreach (var info in header.Tensors)
            {
                described.Add(new FileTensor(info.Name, info.DType, info.Shape.ToEquatableArray(), EquatableArray<double>.Empty));
            }

            if (!wantValues(described))
            {
                return new WeightsFile(path, null, described.ToEquatableArray());
            }

            var tensors = new List<FileTensor>(header.Tensors.Count);
            foreach (var info in header.Tensors)
            {
                cancellationToken.ThrowIfCancellationRequested();
                byte[] data = new byte[info.ByteLength]; // tensors lie back to back in data order, so this reads on
                ReadExactly(stream, data, data.Length);
                var values = info.IsReadable
                    ? SafetensorsHeader.DecodeDoubles(data, 0, (int)info.ElementCount, info.DType)
                    : Array.Empty<double>();
                tensors.Add(new FileTensor(info.Name, info.DType, info.Shape.ToEquatableArray(), values.ToEquatableArray()));
            }

            return new WeightsFile(path, null, tensors.ToEquatableArray());
        }

        private static void ReadExactly(Stream stream, byte[] buffer, int count, int offset = 0)
        {
            int total = 0;
            while (total < count)
            {
                int read = stream.Read(buffer, offset + total, count - total);
                if (read <= 0)
                {
                    throw new SafetensorsFormatException("The file ended early; it changed while it was being read.");
                }

                total += read;
            }
        }

        private static WeightsFile Failed(string path, string error) => new(path, error, EquatableArray<FileTensor>.Empty);
    }
}
