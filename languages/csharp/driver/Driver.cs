// bindery's C# compiler driver: csc's command line over Roslyn's public API.
//
// Neither the .NET runtime nor the Roslyn package that languages/csharp/install
// fetches ships csc.dll, so this small program stands in for it. It reads the
// usual csc arguments (with CSharpCommandLineParser, so `-langversion:12`,
// `-nullable:enable`, `-warnaserror`, `-r:`, `@file.rsp` all mean what they
// mean to csc), compiles, and prints every diagnostic as csc does.
//
//   dotnet bindery-csc.dll [csc arguments]    one compilation; exit 0 or 1
//   dotnet bindery-csc.dll --serve            many: each line on standard input
//                                              is a response file; after each
//                                              compilation the diagnostics, then
//                                              "<<bindery-csc exit N>>"; nothing
//                                              is written: it only checks
//
// Serving keeps one warm process (Roslyn's JIT start-up is most of a small
// compilation's cost) and reads each referenced assembly once.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Bindery.Csc;

public static class Driver
{
    public const string DoneMarker = "<<bindery-csc exit ";

    // Referenced assemblies by full path: a served compilation reuses them.
    private static readonly Dictionary<string, MetadataReference> References = new();

    public static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (args.Length == 1 && args[0] == "--serve")
        {
            return Serve();
        }
        return Compile(args, Directory.GetCurrentDirectory(), Console.Out, writeOutput: true);
    }

    private static int Serve()
    {
        string? line;
        while ((line = Console.In.ReadLine()) != null)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var responseFile = Path.GetFullPath(line);
            int exit;
            try
            {
                exit = Compile(new[] { "@" + responseFile }, Path.GetDirectoryName(responseFile)!, Console.Out, writeOutput: false);
            }
            catch (Exception e)
            {
                Console.Out.WriteLine("error BINDERY0001: the driver failed: " + e);
                exit = 2;
            }
            Console.Out.WriteLine(DoneMarker + exit.ToString(CultureInfo.InvariantCulture) + ">>");
            Console.Out.Flush();
        }
        return 0;
    }

    /// Compiles one command line; returns csc's exit code (1 on any error).
    /// Writes the assembly (where csc would) only when asked.
    public static int Compile(string[] args, string baseDirectory, TextWriter output, bool writeOutput)
    {
        var parsed = CSharpCommandLineParser.Default.Parse(args, baseDirectory, sdkDirectory: null);
        if (Report(parsed.Errors, output))
        {
            return 1;
        }
        var trees = new List<SyntaxTree>();
        foreach (var source in parsed.SourceFiles)
        {
            using var stream = File.OpenRead(source.Path);
            var text = SourceText.From(stream, Encoding.UTF8);
            trees.Add(CSharpSyntaxTree.ParseText(text, parsed.ParseOptions, source.Path));
        }
        var references = new List<MetadataReference>();
        foreach (var reference in parsed.MetadataReferences)
        {
            var path = Path.GetFullPath(Path.Combine(baseDirectory, reference.Reference));
            if (!References.TryGetValue(path, out var metadata))
            {
                if (!File.Exists(path))
                {
                    output.WriteLine($"error CS0006: Metadata file '{path}' could not be found");
                    return 1;
                }
                metadata = MetadataReference.CreateFromFile(path, reference.Properties);
                References[path] = metadata;
            }
            references.Add(metadata);
        }
        var name = parsed.CompilationName ?? Path.GetFileNameWithoutExtension(parsed.OutputFileName ?? "out");
        var compilation = CSharpCompilation.Create(name, trees, references, parsed.CompilationOptions);
        using var peStream = new MemoryStream();
        var result = compilation.Emit(peStream);
        var failed = Report(result.Diagnostics, output) || !result.Success;
        if (!failed && writeOutput && parsed.OutputFileName != null)
        {
            var outPath = Path.Combine(parsed.OutputDirectory ?? baseDirectory, parsed.OutputFileName);
            File.WriteAllBytes(outPath, peStream.ToArray());
        }
        return failed ? 1 : 0;
    }

    /// Prints the diagnostics that count (hidden ones and suppressed ones do
    /// not), errors first; true when one of them is an error.
    private static bool Report(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        var shown = diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden && !d.IsSuppressed)
            .OrderBy(d => d.Severity == DiagnosticSeverity.Error ? 0 : 1)
            .ThenBy(d => d.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        foreach (var diagnostic in shown)
        {
            output.WriteLine(diagnostic.ToString());
        }
        return shown.Any(d => d.Severity == DiagnosticSeverity.Error);
    }
}
