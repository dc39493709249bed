// Signatures at the flattening limits, through the host and back.
using SignaturesWorld.wit.Imports.test.signatures;

namespace SignaturesWorld.wit.Exports.test.signatures;

public class RunExportsImpl : IRunExports
{
    public static (uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint) Sixteen(
        uint a0, uint a1, uint a2, uint a3, uint a4, uint a5, uint a6, uint a7,
        uint a8, uint a9, uint a10, uint a11, uint a12, uint a13, uint a14, uint a15)
    {
        return IHostImports.Sixteen(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15);
    }

    public static (uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint, uint) Seventeen(
        uint a0, uint a1, uint a2, uint a3, uint a4, uint a5, uint a6, uint a7,
        uint a8, uint a9, uint a10, uint a11, uint a12, uint a13, uint a14, uint a15, uint a16)
    {
        return IHostImports.Seventeen(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16);
    }

    public static (byte, ushort, uint, ulong, sbyte, short, int, long, float, double, uint, bool, string, byte[], uint?, string) Mixed(
        byte a, ushort b, uint c, ulong d, sbyte e, short f, int g, long h,
        float i, double j, uint k, bool l, string m, byte[] n, uint? o, string p)
    {
        return IHostImports.Mixed(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p);
    }

    public static ulong OneResult() => IHostImports.OneResult();

    public static (uint, double) Pair(uint a, double b) => IHostImports.Pair(a, b);

    public static string NoParams() => IHostImports.NoParams();

    /// Calls the host's functions without results, then answers itself.
    public static (uint, string) NoResults(uint x, string s)
    {
        IHostImports.NoResults(x, s);
        IHostImports.Nothing();
        return (x, s);
    }

    public static void Nothing()
    {
    }
}
