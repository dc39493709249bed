// Options and results through the host and back. A function whose result
// is a `result` returns its ok value and throws WitException<E> for the
// error, both ways (componentize-dotnet's default): an error the host
// returns is thrown by the import, passes through the export and becomes
// the export's error again.
using OptionsResultsWorld.wit.Imports.test.optionsResults;
using Types = OptionsResultsWorld.wit.Imports.test.optionsResults.ITypesImports;

namespace OptionsResultsWorld.wit.Exports.test.optionsResults;

public class RunExportsImpl : IRunExports
{
    public static uint? RoundtripOptionU32(uint? x) => IHostImports.EchoOptionU32(x);

    public static string? RoundtripOptionString(string? x) => IHostImports.EchoOptionString(x);

    public static Option<uint?> RoundtripOptionOption(Option<uint?> x)
    {
        // Rebuilt through Option's API before it goes to the host.
        var copy = x.HasValue ? new Option<uint?>(x.Value) : Option<uint?>.None;
        return IHostImports.EchoOptionOption(copy);
    }

    public static Option<string?> RoundtripOptionOptionString(Option<string?> x)
    {
        return IHostImports.EchoOptionOptionString(x);
    }

    public static byte[]? RoundtripOptionList(byte[]? x) => IHostImports.EchoOptionList(x);

    public static string RoundtripResult(Result<string, Types.Failure> x) => IHostImports.EchoResult(x);

    public static void RoundtripResultNoOk(Result<None, string> x) => IHostImports.EchoResultNoOk(x);

    public static ulong RoundtripResultNoErr(Result<ulong, None> x) => IHostImports.EchoResultNoErr(x);

    public static void RoundtripResultEmpty(Result<None, None> x) => IHostImports.EchoResultEmpty(x);

    public static double RoundtripResultF64U8(Result<double, byte> x) => IHostImports.EchoResultF64U8(x);

    public static List<string> RoundtripResultLists(Result<List<string>, byte[]> x)
    {
        return IHostImports.EchoResultLists(x);
    }

    public static Result<byte, string>? RoundtripOptionResult(Result<byte, string>? x)
    {
        return IHostImports.EchoOptionResult(x);
    }

    public static byte? RoundtripResultOptions(Result<byte?, string?> x) => IHostImports.EchoResultOptions(x);

    public static Types.Holder RoundtripHolder(Types.Holder x) => IHostImports.EchoHolder(x);

    public static float? RoundtripOptionF32(float? x) => IHostImports.EchoOptionF32(x);

    public static double? RoundtripOptionF64(double? x) => IHostImports.EchoOptionF64(x);

    public static uint? RoundtripOptionChar(uint? x) => IHostImports.EchoOptionChar(x);

    public static float RoundtripResultF32S64(Result<float, long> x) => IHostImports.EchoResultF32S64(x);

    public static uint RoundtripResultCharF64(Result<uint, double> x) => IHostImports.EchoResultCharF64(x);

    /// Doubles what the host parsed, or passes its error on.
    public static uint ParseDouble(string s)
    {
        try
        {
            return IHostImports.Parse(s) * 2;
        }
        catch (WitException<Types.Failure> e)
        {
            throw new WitException<Types.Failure>(e.TypedValue, 0);
        }
    }
}
