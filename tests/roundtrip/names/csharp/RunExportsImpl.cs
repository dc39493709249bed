// Keyword names, through the host and back: WIT names that are keywords
// in some language keep their spelling rules (functions UpperCamelCase,
// parameters lowerCamelCase, a C# keyword gets `@`).
using NamesWorld.wit.Imports.test.names;

namespace NamesWorld.wit.Exports.test.names;

public class RunExportsImpl : IRunExports
{
    public static IHostImports.Type Fn(IHostImports.Type type) => IHostImports.Fn(type);

    public static IHostImports.Result Async(IHostImports.Result result) => IHostImports.Async(result);

    public static IHostImports.Loop Static(IHostImports.Loop loop) => IHostImports.Static(loop);

    /// One more than the host's function of the same name.
    public static uint Same(uint x) => IHostImports.Same(x) + 1;
}
