using System;
using System.Text;

namespace NetGen.Generator.Emit
{
    /// <summary>An indented source writer with "\n" line endings, so output is identical on every OS.</summary>
    internal sealed class CodeWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder = new();
        private int _depth;

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                for (int i = 0; i < _depth; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(text);
            }

            _builder.Append('\n');
        }

        /// <summary>Writes a multi-line block (typically a raw string), indenting every line.</summary>
        public void Lines(string block)
        {
            foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
            {
                Line(line.TrimEnd());
            }
        }

        /// <summary>Writes <paramref name="header"/> (none for a bare scope) and an opening brace; disposing closes the block.</summary>
        public IDisposable Block(string? header)
        {
            if (header is not null)
            {
                Line(header);
            }

            Line("{");
            _depth++;
            return new Closer(this);
        }

        /// <summary>Indents until disposed, without braces.</summary>
        public IDisposable Indent()
        {
            _depth++;
            return new Closer(this, writeBrace: false);
        }

        public override string ToString() => _builder.ToString();

        private sealed class Closer : IDisposable
        {
            private readonly CodeWriter _writer;
            private readonly bool _writeBrace;

            public Closer(CodeWriter writer, bool writeBrace = true)
            {
                _writer = writer;
                _writeBrace = writeBrace;
            }

            public void Dispose()
            {
                _writer._depth--;
                if (_writeBrace)
                {
                    _writer.Line("}");
                }
            }
        }
    }
}
