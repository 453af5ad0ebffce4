extern alias portable;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NetGen.Portable.Tests.Portable;

/// <summary>
/// Debian's Mono 6.8 declares ReadOnlySpan&lt;T&gt;'s ref-readonly members without the modreq compilers reference, so
/// the netstandard2.1 build must not reference them at all: its IL is scanned for such member references.
/// </summary>
public class ReadOnlySpanIlTests
{
    private static readonly string[] Forbidden = ["get_Item", "GetPinnableReference", "get_Current", "GetEnumerator"];

    [Fact]
    public void Netstandard21_build_references_no_ref_readonly_member_of_ReadOnlySpan()
    {
        var assembly = typeof(portable::NetGen.Runtime.PortableRuntime).Assembly;
        Assert.Equal(".NETStandard,Version=v2.1", assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single().FrameworkName);
        var (found, offending) = Scan(assembly.Location);

        // The scan reads what it should: ReadOnlySpan's Length and Span's indexer (which Mono binds) are referenced.
        Assert.Contains(found, m => m.Parent.StartsWith("System.ReadOnlySpan`1", System.StringComparison.Ordinal) && m.Name == "get_Length");
        Assert.Contains(found, m => m.Parent.StartsWith("System.Span`1", System.StringComparison.Ordinal) && m.Name == "get_Item");
        Assert.True(offending.Count == 0, "ReadOnlySpan members Mono cannot bind: " + string.Join(", ", offending.Select(m => $"{m.Parent}::{m.Name}")));
    }

    [Fact]
    public void The_scan_finds_the_indexer_in_the_generic_sources_compiled_for_net10()
    {
        // This assembly compiles the generic helpers as they are: they index ReadOnlySpans.
        var (_, offending) = Scan(typeof(ReadOnlySpanIlTests).Assembly.Location);
        Assert.Contains(offending, m => m.Name == "get_Item");
    }

    private static (List<(string Parent, string Name)> Found, List<(string Parent, string Name)> Offending) Scan(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var provider = new NameProvider();
        var found = reader.MemberReferences
            .Select(handle => reader.GetMemberReference(handle))
            .Select(member => (Parent: ParentName(reader, provider, member.Parent), Name: reader.GetString(member.Name)))
            .ToList();
        var offending = found.Where(m => m.Parent.StartsWith("System.ReadOnlySpan`1", System.StringComparison.Ordinal) && Forbidden.Contains(m.Name)).ToList();
        return (found, offending);
    }

    private static string ParentName(MetadataReader reader, NameProvider provider, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => provider.GetTypeFromReference(reader, (TypeReferenceHandle)parent, 0),
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)parent).DecodeSignature(provider, null),
        HandleKind.TypeDefinition => provider.GetTypeFromDefinition(reader, (TypeDefinitionHandle)parent, 0),
        _ => parent.Kind.ToString(),
    };

    /// <summary>Type names as "Namespace.Name`1/Nested&lt;args&gt;", enough to recognise ReadOnlySpan`1 and its Enumerator.</summary>
    private sealed class NameProvider : ISignatureTypeProvider<string, object?>
    {
        public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = r.GetTypeReference(handle);
            string name = r.GetString(type.Name);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? GetTypeFromReference(r, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "/" + name
                : r.GetString(type.Namespace) + "." + name;
        }

        public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = r.GetTypeDefinition(handle);
            return r.GetString(type.Namespace) + "." + r.GetString(type.Name);
        }

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => $"{genericType}<{string.Join(",", typeArguments)}>";
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[,]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;
        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetPinnedType(string elementType) => elementType;
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetTypeFromSpecification(MetadataReader r, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => r.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
