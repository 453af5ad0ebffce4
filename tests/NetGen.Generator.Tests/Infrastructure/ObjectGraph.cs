using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Walks an object's fields recursively (as NetEscapades.EnumGenerators' tests do) to find Roslyn objects that must
    /// not be held by pipeline values: they pin whole compilations in memory and defeat the incremental cache.
    /// </summary>
    internal static class ObjectGraph
    {
        private static readonly Type[] s_forbidden =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(Compilation), typeof(Location), typeof(SyntaxTree),
        };

        /// <summary>The path to the first forbidden object reachable from <paramref name="root"/>, or null.</summary>
        public static string? FindForbidden(object? root, string name = "value") =>
            Walk(root, name, new HashSet<object>(ReferenceEqualityComparer.Instance));

        private static string? Walk(object? value, string path, HashSet<object> seen)
        {
            if (value is null)
            {
                return null;
            }

            var type = value.GetType();
            foreach (var forbidden in s_forbidden)
            {
                if (forbidden.IsAssignableFrom(type))
                {
                    return $"{path} is a {forbidden.Name} ({type.FullName})";
                }
            }

            if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is Type)
            {
                return null;
            }

            if (!type.IsValueType && !seen.Add(value))
            {
                return null;
            }

            if (value is IEnumerable items)
            {
                int index = 0;
                foreach (var item in items)
                {
                    if (Walk(item, $"{path}[{index++}]", seen) is { } found)
                    {
                        return found;
                    }
                }
            }

            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    if (Walk(field.GetValue(value), $"{path}.{field.Name}", seen) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }
    }
}
