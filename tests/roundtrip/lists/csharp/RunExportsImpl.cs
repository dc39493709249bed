// Lists through the host and back. Lists of numbers are arrays, others
// List<T>, as wit-bindgen's C# bindings have them.
using ListsWorld.wit.Imports.test.lists;

namespace ListsWorld.wit.Exports.test.lists;

public class RunExportsImpl : IRunExports
{
    public static byte[] RoundtripBytes(byte[] l) => IHostImports.EchoBytes(l);

    public static ulong[] RoundtripU64s(ulong[] l) => IHostImports.EchoU64s(l);

    public static short[] RoundtripS16s(short[] l) => IHostImports.EchoS16s(l);

    public static float[] RoundtripF32s(float[] l) => IHostImports.EchoF32s(l);

    public static double[] RoundtripF64s(double[] l) => IHostImports.EchoF64s(l);

    public static List<bool> RoundtripBools(List<bool> l) => IHostImports.EchoBools(l);

    public static List<uint> RoundtripChars(List<uint> l) => IHostImports.EchoChars(l);

    public static List<string> RoundtripStrings(List<string> l) => IHostImports.EchoStrings(l);

    public static List<List<string>> RoundtripNested(List<List<string>> l) => IHostImports.EchoNested(l);

    public static List<ITypesImports.Point> RoundtripPoints(List<ITypesImports.Point> l)
    {
        return IHostImports.EchoPoints(l);
    }

    public static List<uint?> RoundtripOptions(List<uint?> l) => IHostImports.EchoOptions(l);

    public static List<(byte, string)> RoundtripPairs(List<(byte, string)> l) => IHostImports.EchoPairs(l);

    /// Sums the bytes the host echoes, and asks the host for its sum too.
    public static (ulong, ulong) Sum(byte[] l)
    {
        // Through the Span<T> overload the bindings add for lists of numbers.
        byte[] echoed = IHostImports.EchoBytes(new Span<byte>(l));
        ulong mine = 0;
        foreach (byte b in echoed)
        {
            mine += b;
        }
        return (mine, IHostImports.Sum(l));
    }
}
