using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace NetGen.Package.Tests
{
    /// <summary>What one `dotnet` command printed and returned.</summary>
    public sealed record CliResult(string CommandLine, int ExitCode, string Output)
    {
        public override string ToString() => $"$ {CommandLine}\nexit code {ExitCode}\n{Output}";
    }

    /// <summary>Runs the dotnet CLI (and other programs) as a user's shell would, with output captured for assertion messages.</summary>
    public static class DotNetCli
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        /// <summary>The dotnet that runs this test (set by the SDK), else the one on PATH.</summary>
        private static string DotNetPath =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && System.IO.File.Exists(host) ? host : "dotnet";

        public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
            RunProgram(DotNetPath, "dotnet", workingDirectory, environment, arguments);

        /// <summary>Runs any program the same way (e.g. <c>mono app.exe</c>); <paramref name="displayName"/> starts the logged command line.</summary>
        public static CliResult RunProgram(string fileName, string displayName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // `dotnet test` hands MSBuild's own variables to the test host; a nested build must not inherit them.
            foreach (var key in new List<string>(start.Environment.Keys))
            {
                if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(key);
                }
            }

            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            // Reused MSBuild nodes outlive the command and would keep our output pipes open.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            if (environment is not null)
            {
                foreach (var pair in environment)
                {
                    if (pair.Value is null)
                    {
                        start.Environment.Remove(pair.Key);
                    }
                    else
                    {
                        start.Environment[pair.Key] = pair.Value;
                    }
                }
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var commandLine = displayName + " " + string.Join(" ", arguments);
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{commandLine} did not finish in {Timeout}.\n{output}");
            }

            // Drain the output, but do not wait on a background server that may still hold the pipe.
            Task.Run(() => process.WaitForExit()).Wait(TimeSpan.FromSeconds(30));
            lock (output)
            {
                return new CliResult(commandLine, process.ExitCode, output.ToString());
            }
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
