// Calls every function of `lists` on the test component and checks each
// answer, in the Rust runner's order and with its check names.
using Composition;
using RunnerWorld.wit.Imports.compose.lists;
using Point = RunnerWorld.wit.Imports.compose.lists.IListsImports.Point;

namespace RunnerWorld;

public class RunnerWorldExportsImpl : IRunnerWorldExports
{
    const int Mib = 1 << 20;

    public static void Run()
    {
        Echoes();
        Computed();
        Check.Finish();
    }

    /// A point as a tuple, compared field by field.
    static IEnumerable<(int, int, string)> Fields(IEnumerable<Point> points) =>
        points.Select(p => (p.x, p.y, p.label));

    static List<string> Strings(params string[] items) => [.. items];

    /// 1 MiB of bytes that are not all alike.
    static byte[] MakeMib() => Enumerable.Range(0, Mib).Select(i => (byte)(i % 251)).ToArray();

    static void Echoes()
    {
        foreach (var (what, bytes) in new[] { ("empty", Array.Empty<byte>()), ("edges", new byte[] { 0, 1, 127, 128, 255 }), ("1 MiB", MakeMib()) })
        {
            Check.Items($"echo-bytes {what}", IListsImports.EchoBytes(bytes), bytes);
        }
        ushort[] u16s = [0, 1, 32768, ushort.MaxValue];
        Check.Items("echo-u16s", IListsImports.EchoU16s(u16s), u16s);
        int[] s32s = [int.MinValue, -1, 0, int.MaxValue];
        Check.Items("echo-s32s", IListsImports.EchoS32s(s32s), s32s);
        ulong[] u64s = [0, 1ul << 63, ulong.MaxValue];
        Check.Items("echo-u64s", IListsImports.EchoU64s(u64s), u64s);
        Check.Items("echo-u64s empty", IListsImports.EchoU64s(Array.Empty<ulong>()), []);
        float[] f32s = [-0.0f, 1.5f, float.PositiveInfinity, BitConverter.UInt32BitsToSingle(0x0080_0000)];
        Check.Items("echo-f32s", IListsImports.EchoF32s(f32s).Select(BitConverter.SingleToUInt32Bits), f32s.Select(BitConverter.SingleToUInt32Bits));
        double[] f64s = [-0.0, 2.5, double.NegativeInfinity, double.MaxValue];
        Check.Items("echo-f64s", IListsImports.EchoF64s(f64s).Select(BitConverter.DoubleToUInt64Bits), f64s.Select(BitConverter.DoubleToUInt64Bits));
        List<bool> bools = [true, false, false, true, true];
        Check.Items("echo-bools", IListsImports.EchoBools(bools), bools);
        List<uint> chars = ['a', 'é', 0x1f600, 0x10ffff];
        Check.Items("echo-chars", IListsImports.EchoChars(chars), chars);

        var many = Enumerable.Range(0, 1000).Select(i => $"item-{i}").ToList();
        foreach (var (what, list) in new[] { ("empty", Strings()), ("multibyte", Strings("", "a", "héllo", "😀😀")), ("1000", many) })
        {
            Check.Items($"echo-strings {what}", IListsImports.EchoStrings(list), list);
        }
        foreach (var (what, nested) in new (string, List<List<string>>)[] { ("empty", []), ("mixed", [Strings(), Strings("a"), Strings("", "😀", "x")]) })
        {
            Check.Nested($"echo-nested {what}", IListsImports.EchoNested(nested), nested);
        }
        foreach (var (what, points) in new (string, List<Point>)[] { ("empty", []), ("edges", [new Point(1, -2, "a"), new Point(int.MinValue, int.MaxValue, "é😀")]) })
        {
            Check.Items($"echo-points {what}", Fields(IListsImports.EchoPoints(points)), Fields(points));
        }
        List<(byte, string)> pairs = [(0, ""), (255, "✓")];
        Check.Items("echo-pairs", IListsImports.EchoPairs(pairs), pairs);
        List<uint?> options = [0, null, uint.MaxValue, null];
        Check.Items("echo-options", IListsImports.EchoOptions(options), options);
    }

    static void Computed()
    {
        var mib = MakeMib();
        var sum = mib.Aggregate(0ul, (total, b) => total + b);
        Check.Equal("sum-bytes 1 MiB", IListsImports.SumBytes(mib), (sum, (uint)Mib));
        Check.Equal("sum-bytes empty", IListsImports.SumBytes(Array.Empty<byte>()), (0ul, 0u));
        Check.Equal("sum-u64s wraps", IListsImports.SumU64s(new ulong[] { ulong.MaxValue, 1, 2 }), 2ul);
        Check.Equal("sum-u64s empty", IListsImports.SumU64s(Array.Empty<ulong>()), 0ul);
        Check.Items("range 0", IListsImports.Range(0), []);
        Check.Items("range 100000", IListsImports.Range(100_000), Enumerable.Range(0, 100_000).Select(i => (uint)i));
        Check.Items("reverse-strings", IListsImports.ReverseStrings(Strings("a", "b😀", "c")), Strings("c", "b😀", "a"));
        Check.Items("reverse-strings empty", IListsImports.ReverseStrings(Strings()), []);
        Check.Items("lengths", IListsImports.Lengths([Strings(), Strings("a"), Strings("b", "c")]), [0u, 1u, 2u]);
        Check.Items("flatten", IListsImports.Flatten([Strings("a"), Strings(), Strings("b", "c")]), Strings("a", "b", "c"));
        var shifted = IListsImports.Shift([new Point(1, 2, "p"), new Point(-5, 0, "é")], 10, -1);
        Check.Items("shift", Fields(shifted), [(11, 1, "p"), (5, -1, "é")]);
        var expected = Enumerable.Range(0, 4).Select(i => Enumerable.Repeat("ab", i).ToList()).ToList();
        Check.Nested("triangle 4", IListsImports.Triangle("ab", 4), expected);
        Check.Nested("triangle 0", IListsImports.Triangle("x", 0), new List<List<string>>());
    }
}
