using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Model;

namespace NetGen.Generator.Parsing
{
    /// <summary>Collects diagnostics as plain data while the parser walks the attributes.</summary>
    internal sealed class DiagnosticBag
    {
        private readonly List<DiagnosticInfo> _items = new();

        public bool HasErrors => _items.Any(d => DiagnosticDescriptors.ById[d.Id].DefaultSeverity == DiagnosticSeverity.Error);

        public void Add(DiagnosticDescriptor descriptor, LocationInfo? location, params object[] args) =>
            _items.Add(new DiagnosticInfo(descriptor.Id, location, args.Select(Format).ToEquatableArray()));

        /// <summary>Arguments become text now, so the build machine's culture must not shape them (fi-FI's "−1").</summary>
        private static string Format(object? argument) =>
            argument is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : argument?.ToString() ?? "";

        public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();

        public static LocationInfo? LocationOf(AttributeData attribute, CancellationToken cancellationToken) =>
            attribute.ApplicationSyntaxReference is { } reference ? LocationOf(reference.GetSyntax(cancellationToken).GetLocation()) : null;

        public static LocationInfo? LocationOf(Location? location)
        {
            if (location is null || location.SourceTree is null)
            {
                return null;
            }

            var lines = location.GetLineSpan();
            return new LocationInfo(
                location.SourceTree.FilePath, location.SourceSpan.Start, location.SourceSpan.Length,
                lines.StartLinePosition.Line, lines.StartLinePosition.Character, lines.EndLinePosition.Line, lines.EndLinePosition.Character);
        }
    }
}
