// Calls every function of `wide` on the test component and checks each
// answer, in the Rust runner's order and with its check names. Floats are
// compared by their bits (so -0.0 differs from 0.0, as in Rust's `{:?}`);
// answers holding arrays by a rendering written here.
using Composition;
using RunnerWorld.wit.Imports.compose.signatures;
using static RunnerWorld.wit.Imports.compose.signatures.IWideImports;

namespace RunnerWorld;

public class RunnerWorldExportsImpl : IRunnerWorldExports
{
    public static void Run()
    {
        FlatLimits();
        Strings();
        Mixed();
        Small();
        Check.Finish();
    }

    static uint F(float x) => BitConverter.SingleToUInt32Bits(x);
    static ulong F(double x) => BitConverter.DoubleToUInt64Bits(x);

    static void FlatLimits()
    {
        var a = Enumerable.Range(1, 17).Select(i => (uint)i).ToArray();
        Check.Equal("sixteen 1..16", Sixteen(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15]), 1496ul);
        var m = uint.MaxValue;
        Check.Equal("sixteen max", Sixteen(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m), (ulong)m * 136);
        a = Enumerable.Range(0, 17).Select(i => (uint)(i * 1000 + 7)).ToArray();
        Check.Items("seventeen in order", Seventeen(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16]), a);
        Check.Items("seventeen max", Seventeen(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m), Enumerable.Repeat(m, 17));

        var edges = SixteenMixed(byte.MaxValue, ulong.MaxValue, -1.5f, BitConverter.UInt64BitsToDouble(0x0010_0000_0000_0000), sbyte.MinValue, long.MinValue, 0x1f600, true,
            ushort.MaxValue, short.MinValue, uint.MaxValue, int.MinValue, float.PositiveInfinity, -0.0, 1ul << 63, -1);
        Check.Equal("sixteen-mixed edges", Bits(edges),
            Bits((byte.MaxValue, ulong.MaxValue, -1.5f, BitConverter.UInt64BitsToDouble(0x0010_0000_0000_0000), sbyte.MinValue, long.MinValue, 0x1f600u, true,
                ushort.MaxValue, short.MinValue, uint.MaxValue, int.MinValue, float.PositiveInfinity, -0.0, 1ul << 63, -1L)));
        var zeros = SixteenMixed(0, 0, 0.0f, 0.0, 0, 0, 0, false, 0, 0, 0, 0, 0.0f, 0.0, 0, 0);
        Check.Equal("sixteen-mixed zeros", Bits(zeros),
            Bits(((byte)0, 0ul, 0.0f, 0.0, (sbyte)0, 0L, 0u, false, (ushort)0, (short)0, 0u, 0, 0.0f, 0.0, 0ul, 0L)));
    }

    /// The 16 results with their floats as bits.
    static (byte, ulong, uint, ulong, sbyte, long, uint, bool, ushort, short, uint, int, uint, ulong, ulong, long) Bits(
        (byte, ulong, float, double, sbyte, long, uint, bool, ushort, short, uint, int, float, double, ulong, long) t) =>
        (t.Item1, t.Item2, F(t.Item3), F(t.Item4), t.Item5, t.Item6, t.Item7, t.Item8, t.Item9, t.Item10, t.Item11, t.Item12, F(t.Item13), F(t.Item14), t.Item15, t.Item16);

    static void Strings()
    {
        Check.Equal("eight-strings", EightStrings("a", "bé", "", "😀", "e", "f", "g", "h"), "a|bé||😀|e|f|g|h");
        Check.Equal("eight-strings empty", EightStrings("", "", "", "", "", "", "", ""), "|||||||");
        string[] nine = ["0", "1é", "", "3😀", "4", "5", "6", "7", "8 last"];
        Check.Items("nine-strings in order", NineStrings(nine[0], nine[1], nine[2], nine[3], nine[4], nine[5], nine[6], nine[7], nine[8]), nine);
    }

    static void Mixed()
    {
        var someOk = IWideImports.Mixed(byte.MaxValue, short.MinValue, uint.MaxValue, long.MinValue, BitConverter.UInt32BitsToSingle(0x0080_0000), -2.5, 0x10ffff, true,
            "mixed ✓", [0, 1, ushort.MaxValue], 7, Result<uint, string>.Ok(uint.MaxValue), (byte.MaxValue, sbyte.MinValue));
        Check.Same("mixed some ok", someOk,
            (byte.MaxValue, short.MinValue, uint.MaxValue, long.MinValue, BitConverter.UInt32BitsToSingle(0x0080_0000), -2.5, 0x10ffffu, true,
                "mixed ✓", new ushort[] { 0, 1, ushort.MaxValue }, (byte?)7, Result<uint, string>.Ok(uint.MaxValue), (byte.MaxValue, sbyte.MinValue)),
            Show);
        var noneErr = IWideImports.Mixed(0, 0, 0, 0, 0.0f, 0.0, 'a', false, "", [], null, Result<uint, string>.Err("bad"), (0, 0));
        Check.Same("mixed none err", noneErr,
            ((byte)0, (short)0, 0u, 0L, 0.0f, 0.0, (uint)'a', false, "", Array.Empty<ushort>(), (byte?)null, Result<uint, string>.Err("bad"), ((byte)0, (sbyte)0)),
            Show);
        var big = new Big(byte.MaxValue, ushort.MaxValue, uint.MaxValue, ulong.MaxValue, sbyte.MinValue, short.MinValue, int.MinValue, long.MinValue,
            0.5f, -0.25, 'é', true, "big ✓", [1, 2, 3], "some", (42, "tuple"));
        Check.Same("big-record", BigRecord(big), big, Show);
    }

    static void Small()
    {
        Check.Equal("one", One(), ulong.MaxValue - 1);
        var (swapped, seven) = Pair(7, 2.5);
        Check.Equal("pair swapped", (F(swapped), seven), (F(2.5), 7u));
        Check.Equal("no-params", NoParams(), "nothing in");
        NoResults(42, "seen ✓");
        for (var i = 0; i < 3; i++)
        {
            Nothing();
        }
        Check.Equal("calls", Calls(), (42u, "seen ✓", 3u));
    }

    static string Show((byte, short, uint, long, float, double, uint, bool, string, ushort[], byte?, Result<uint, string>, (byte, sbyte)) t)
    {
        var (a, b, c, d, e, f, g, h, i, j, k, l, m) = t;
        var result = l.IsOk ? $"Ok({l.AsOk})" : $"Err({l.AsErr})";
        return $"({a}, {b}, {c}, {d}, f32:{F(e):x}, f64:{F(f):x}, U+{g:X4}, {h}, \"{i}\", [{string.Join(", ", j)}], {(k is { } v ? $"Some({v})" : "None")}, {result}, {m})";
    }

    static string Show(Big r) =>
        $"Big({r.a}, {r.b}, {r.c}, {r.d}, {r.e}, {r.f}, {r.g}, {r.h}, f32:{F(r.i):x}, f64:{F(r.j):x}, U+{r.k:X4}, {r.l}, \"{r.m}\", [{string.Join(", ", r.n)}], {(r.o is { } o ? $"Some(\"{o}\")" : "None")}, {r.p})";
}
