using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

// This file is compiled into the netstandard2.0 generator as well as the Abstractions, so it sticks to
// netstandard2.0 APIs: no spans, no records, no System.Text.Json (it carries its own small JSON reader).

namespace NetGen
{
    /// <summary>The strict, bounded JSON reader the parser runs on (netstandard2.0 has no System.Text.Json).</summary>
    internal sealed partial class SafetensorsHeader
    {
        private static readonly string[] s_knownStrings = { "dtype", "shape", "data_offsets", DTypeF32, DTypeF64 };

        private enum JsonKind
        {
            Null,
            True,
            False,
            Number,
            String,
            Array,
            Object,
        }

        private sealed class JsonValue
        {
            public JsonValue(JsonKind kind)
            {
                Kind = kind;
            }

            public JsonKind Kind { get; }

            /// <summary>The decoded string, or the number's text as written.</summary>
            public string? Text { get; set; }

            public List<JsonValue>? Items { get; set; }

            public List<KeyValuePair<string, JsonValue>>? Members { get; set; }
        }

        /// <summary>A strict RFC 8259 reader with a nesting limit, unpaired-surrogate and duplicate-key checks.</summary>
        private sealed class JsonReader
        {
            private readonly string _text;
            private int _pos;
            private int _values;
            private Action<string, JsonValue>? _onRootMember;

            private JsonReader(string text)
            {
                _text = text;
            }

            /// <summary>Reads the whole document; the root object's members go to <paramref name="onRootMember"/> when given, and are not kept.</summary>
            public static JsonValue ReadDocument(string text, Action<string, JsonValue>? onRootMember)
            {
                var reader = new JsonReader(text) { _onRootMember = onRootMember };
                JsonValue root = reader.ReadValue(0);
                reader.SkipWhitespace();
                if (reader._pos != text.Length)
                {
                    throw reader.Error("unexpected " + reader.Describe(reader._pos) + " after the end of the header object (only trailing whitespace is allowed)");
                }

                return root;
            }

            private JsonValue ReadValue(int depth)
            {
                if (++_values > SafetensorsLimits.MaxJsonValues)
                {
                    throw OverLimit(_pos, "more than " + SafetensorsLimits.MaxJsonValues.ToString(CultureInfo.InvariantCulture) + " values (SafetensorsLimits.MaxJsonValues)");
                }

                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    throw Error("unexpected end of the header, expected a value");
                }

                char c = _text[_pos];
                switch (c)
                {
                    case '{':
                        return ReadObject(depth + 1);
                    case '[':
                        return ReadArray(depth + 1);
                    case '"':
                        return new JsonValue(JsonKind.String) { Text = ReadString(SafetensorsLimits.MaxStringValueLength) };
                    case 't':
                        ExpectLiteral("true");
                        return new JsonValue(JsonKind.True);
                    case 'f':
                        ExpectLiteral("false");
                        return new JsonValue(JsonKind.False);
                    case 'n':
                        ExpectLiteral("null");
                        return new JsonValue(JsonKind.Null);
                    default:
                        if (c == '-' || (c >= '0' && c <= '9'))
                        {
                            return new JsonValue(JsonKind.Number) { Text = ReadNumber() };
                        }

                        throw Error("unexpected " + Describe(_pos) + ", expected a value");
                }
            }

            private JsonValue ReadObject(int depth)
            {
                CheckDepth(depth);
                // The header itself holds the tensors and __metadata__; any other object is a tensor entry or the metadata.
                int maxMembers = depth == 1 ? SafetensorsLimits.MaxTensorCount + 1 : SafetensorsLimits.MaxMetadataEntries;
                int tensors = 0;
                _pos++; // '{'
                var members = new List<KeyValuePair<string, JsonValue>>(4);
                bool streamed = depth == 1 && _onRootMember != null;
                HashSet<string>? keys = streamed ? new HashSet<string>(StringComparer.Ordinal) : null; // else a scan until there are more than a few
                SkipWhitespace();
                if (Peek() == '}')
                {
                    _pos++;
                    return new JsonValue(JsonKind.Object) { Members = members };
                }

                while (true)
                {
                    SkipWhitespace();
                    if (Peek() != '"')
                    {
                        throw Error("unexpected " + Describe(_pos) + ", expected a string key");
                    }

                    if (members.Count == maxMembers)
                    {
                        throw OverLimit(_pos, "an object with more than " + maxMembers.ToString(CultureInfo.InvariantCulture) + " entries (SafetensorsLimits.MaxMetadataEntries)");
                    }

                    int keyStart = _pos;
                    string key = ReadString(SafetensorsLimits.MaxNameLength);
                    if (depth == 1 && key != MetadataKey && ++tensors > SafetensorsLimits.MaxTensorCount)
                    {
                        throw OverLimit(keyStart, "more than " + SafetensorsLimits.MaxTensorCount.ToString(CultureInfo.InvariantCulture) + " tensors (SafetensorsLimits.MaxTensorCount)");
                    }

                    if (IsDuplicate(members, ref keys, key))
                    {
                        throw new SafetensorsFormatException(
                            "The safetensors header is malformed JSON: duplicate key " + SafetensorsLimits.Quote(key) + " at character " +
                            keyStart.ToString(CultureInfo.InvariantCulture) + ".");
                    }

                    SkipWhitespace();
                    if (Peek() != ':')
                    {
                        throw Error("unexpected " + Describe(_pos) + ", expected ':'");
                    }

                    _pos++;
                    JsonValue value = ReadValue(depth);
                    if (streamed)
                    {
                        _onRootMember!(key, value);
                    }
                    else
                    {
                        members.Add(new KeyValuePair<string, JsonValue>(key, value));
                    }

                    SkipWhitespace();
                    char next = Peek();
                    if (next == ',')
                    {
                        _pos++;
                    }
                    else if (next == '}')
                    {
                        _pos++;
                        return new JsonValue(JsonKind.Object) { Members = members };
                    }
                    else
                    {
                        throw Error("unexpected " + Describe(_pos) + ", expected ',' or '}'");
                    }
                }
            }

            private static bool IsDuplicate(List<KeyValuePair<string, JsonValue>> members, ref HashSet<string>? keys, string key)
            {
                const int scanned = 8;
                if (keys == null)
                {
                    foreach (var member in members)
                    {
                        if (string.Equals(member.Key, key, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }

                    if (members.Count < scanned)
                    {
                        return false;
                    }

                    keys = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var member in members)
                    {
                        keys.Add(member.Key);
                    }
                }

                return !keys.Add(key);
            }

            private JsonValue ReadArray(int depth)
            {
                CheckDepth(depth);
                _pos++; // '['
                var items = new List<JsonValue>(2);
                SkipWhitespace();
                if (Peek() == ']')
                {
                    _pos++;
                    return new JsonValue(JsonKind.Array) { Items = items };
                }

                while (true)
                {
                    if (items.Count == SafetensorsLimits.MaxRank)
                    {
                        throw OverLimit(_pos, "an array of more than " + SafetensorsLimits.MaxRank.ToString(CultureInfo.InvariantCulture) +
                                    " items (a shape has at most SafetensorsLimits.MaxRank dimensions)");
                    }

                    items.Add(ReadValue(depth));
                    SkipWhitespace();
                    char next = Peek();
                    if (next == ',')
                    {
                        _pos++;
                    }
                    else if (next == ']')
                    {
                        _pos++;
                        return new JsonValue(JsonKind.Array) { Items = items };
                    }
                    else
                    {
                        throw Error("unexpected " + Describe(_pos) + ", expected ',' or ']'");
                    }
                }
            }

            private string ReadString(int maxLength)
            {
                int start = _pos;
                _pos++; // opening quote

                // Most strings have no escapes: take them as one substring, and the keys every tensor entry repeats
                // as the shared literals, so a header of many tensors costs little beyond its own text.
                int end = _pos;
                while (end < _text.Length && end - _pos <= maxLength && _text[end] != '"' && _text[end] != '\\' && _text[end] >= 0x20)
                {
                    end++;
                }

                if (end < _text.Length && _text[end] == '"' && end - _pos <= maxLength)
                {
                    string plain = Known(_pos, end - _pos) ?? _text.Substring(_pos, end - _pos);
                    _pos = end + 1;
                    return plain;
                }

                var sb = new StringBuilder();
                while (true)
                {
                    if (sb.Length > maxLength)
                    {
                        throw OverLimit(start, "a string longer than " + maxLength.ToString(CultureInfo.InvariantCulture) + " characters (SafetensorsLimits)");
                    }

                    if (_pos >= _text.Length)
                    {
                        throw Error("unterminated string");
                    }

                    char c = _text[_pos];
                    if (c == '"')
                    {
                        _pos++;
                        return sb.ToString();
                    }

                    if (c < 0x20)
                    {
                        throw Error("unescaped control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " in a string");
                    }

                    if (c != '\\')
                    {
                        sb.Append(c);
                        _pos++;
                        continue;
                    }

                    int escapeStart = _pos;
                    _pos++;
                    if (_pos >= _text.Length)
                    {
                        throw Error("unterminated escape sequence");
                    }

                    char e = _text[_pos++];
                    switch (e)
                    {
                        case '"': sb.Append('"'); break;
                        case '\\': sb.Append('\\'); break;
                        case '/': sb.Append('/'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'u':
                            char unit = ReadHex4();
                            if (char.IsHighSurrogate(unit))
                            {
                                if (_pos + 1 < _text.Length && _text[_pos] == '\\' && _text[_pos + 1] == 'u')
                                {
                                    _pos += 2;
                                    char low = ReadHex4();
                                    if (!char.IsLowSurrogate(low))
                                    {
                                        throw ErrorAt(escapeStart, "unpaired surrogate in a \\u escape");
                                    }

                                    sb.Append(unit).Append(low);
                                }
                                else
                                {
                                    throw ErrorAt(escapeStart, "unpaired surrogate in a \\u escape");
                                }
                            }
                            else if (char.IsLowSurrogate(unit))
                            {
                                throw ErrorAt(escapeStart, "unpaired surrogate in a \\u escape");
                            }
                            else
                            {
                                sb.Append(unit);
                            }

                            break;
                        default:
                            throw ErrorAt(escapeStart, "invalid escape sequence '\\" + Printable(e) + "'");
                    }
                }
            }

            private string? Known(int start, int length)
            {
                foreach (string known in s_knownStrings)
                {
                    if (known.Length == length && string.CompareOrdinal(_text, start, known, 0, length) == 0)
                    {
                        return known;
                    }
                }

                return null;
            }

            private char ReadHex4()
            {
                if (_pos + 4 > _text.Length)
                {
                    throw Error("truncated \\u escape");
                }

                int value = 0;
                for (int i = 0; i < 4; i++)
                {
                    char h = _text[_pos + i];
                    int digit;
                    if (h >= '0' && h <= '9')
                    {
                        digit = h - '0';
                    }
                    else if (h >= 'a' && h <= 'f')
                    {
                        digit = h - 'a' + 10;
                    }
                    else if (h >= 'A' && h <= 'F')
                    {
                        digit = h - 'A' + 10;
                    }
                    else
                    {
                        throw ErrorAt(_pos + i, "invalid hex digit '" + Printable(h) + "' in a \\u escape");
                    }

                    value = (value << 4) | digit;
                }

                _pos += 4;
                return (char)value;
            }

            private string ReadNumber()
            {
                int start = _pos;
                if (Peek() == '-')
                {
                    _pos++;
                }

                if (Peek() == '0')
                {
                    _pos++;
                }
                else if (IsDigit(Peek()))
                {
                    while (IsDigit(Peek()))
                    {
                        _pos++;
                    }
                }
                else
                {
                    throw Error("invalid number: expected a digit");
                }

                if (Peek() == '.')
                {
                    _pos++;
                    if (!IsDigit(Peek()))
                    {
                        throw Error("invalid number: expected a digit after '.'");
                    }

                    while (IsDigit(Peek()))
                    {
                        _pos++;
                    }
                }

                if (Peek() == 'e' || Peek() == 'E')
                {
                    _pos++;
                    if (Peek() == '+' || Peek() == '-')
                    {
                        _pos++;
                    }

                    if (!IsDigit(Peek()))
                    {
                        throw Error("invalid number: expected a digit in the exponent");
                    }

                    while (IsDigit(Peek()))
                    {
                        _pos++;
                    }
                }

                if (_pos - start > SafetensorsLimits.MaxNumberLength)
                {
                    throw OverLimit(start, "a number longer than " + SafetensorsLimits.MaxNumberLength.ToString(CultureInfo.InvariantCulture) + " characters");
                }

                return _text.Substring(start, _pos - start);
            }

            private void ExpectLiteral(string literal)
            {
                if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0 || _pos + literal.Length > _text.Length)
                {
                    throw Error("unexpected " + Describe(_pos) + ", expected a value");
                }

                _pos += literal.Length;
            }

            private void CheckDepth(int depth)
            {
                if (depth > SafetensorsLimits.MaxJsonDepth)
                {
                    throw Error("arrays and objects nested deeper than " + SafetensorsLimits.MaxJsonDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                }
            }

            private void SkipWhitespace()
            {
                while (_pos < _text.Length)
                {
                    char c = _text[_pos];
                    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                    {
                        return;
                    }

                    _pos++;
                }
            }

            private char Peek()
            {
                return _pos < _text.Length ? _text[_pos] : '\0';
            }

            private static bool IsDigit(char c)
            {
                return c >= '0' && c <= '9';
            }

            private string Describe(int pos)
            {
                return pos >= _text.Length ? "end of the header" : "character '" + Printable(_text[pos]) + "'";
            }

            private static string Printable(char c)
            {
                return c < 0x20 || c == 0x7F || char.IsSurrogate(c)
                    ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                    : c.ToString();
            }

            private static SafetensorsFormatException OverLimit(int pos, string problem)
            {
                return new SafetensorsFormatException(
                    "The safetensors header is over a limit: " + problem + " at character " + pos.ToString(CultureInfo.InvariantCulture) + ".");
            }

            private SafetensorsFormatException Error(string problem)
            {
                return ErrorAt(_pos, problem);
            }

            private static SafetensorsFormatException ErrorAt(int pos, string problem)
            {
                return new SafetensorsFormatException(
                    "The safetensors header is malformed JSON: " + problem + " at character " + pos.ToString(CultureInfo.InvariantCulture) + ".");
            }
        }
    }
}
