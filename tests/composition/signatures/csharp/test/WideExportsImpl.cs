// `wide`, answered from C#.
namespace TestWorld.wit.Exports.compose.signatures;

public class WideExportsImpl : IWideExports
{
    static (uint, string) last = (0, "");
    static uint nothings;

    /// Each argument times its position (1-based), summed.
    public static ulong Sixteen(uint a0, uint a1, uint a2, uint a3, uint a4, uint a5, uint a6, uint a7, uint a8, uint a9, uint a10, uint a11, uint a12, uint a13, uint a14, uint a15) =>
        new[] { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15 }
            .Select((a, i) => (ulong)a * (ulong)(i + 1))
            .Aggregate(0ul, (sum, x) => sum + x);

    public static uint[] Seventeen(uint a0, uint a1, uint a2, uint a3, uint a4, uint a5, uint a6, uint a7, uint a8, uint a9, uint a10, uint a11, uint a12, uint a13, uint a14, uint a15, uint a16) =>
        [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16];

    public static (byte, ulong, float, double, sbyte, long, uint, bool, ushort, short, uint, int, float, double, ulong, long) SixteenMixed(
        byte a, ulong b, float c, double d, sbyte e, long f, uint g, bool h, ushort i, short j, uint k, int l, float m, double n, ulong o, long p) =>
        (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p);

    public static string EightStrings(string t0, string t1, string t2, string t3, string t4, string t5, string t6, string t7) =>
        string.Join("|", t0, t1, t2, t3, t4, t5, t6, t7);

    public static List<string> NineStrings(string t0, string t1, string t2, string t3, string t4, string t5, string t6, string t7, string t8) =>
        [t0, t1, t2, t3, t4, t5, t6, t7, t8];

    public static (byte, short, uint, long, float, double, uint, bool, string, ushort[], byte?, Result<uint, string>, (byte, sbyte)) Mixed(
        byte a, short b, uint c, long d, float e, double f, uint g, bool h, string i, ushort[] j, byte? k, Result<uint, string> l, (byte, sbyte) m) =>
        (a, b, c, d, e, f, g, h, i, j, k, l, m);

    public static IWideExports.Big BigRecord(IWideExports.Big r) => r;

    public static ulong One() => ulong.MaxValue - 1;

    public static (double, uint) Pair(uint a, double b) => (b, a);

    public static string NoParams() => "nothing in";

    public static void NoResults(uint x, string s) => last = (x, s);

    public static void Nothing() => nothings++;

    /// What `no-results` last received, and how often `nothing` ran.
    public static (uint, string, uint) Calls()
    {
        var (x, s) = last;
        last = (0, "");
        return (x, s, nothings);
    }
}
