// `lists`, answered from C#.
namespace TestWorld.wit.Exports.compose.lists;

public class ListsExportsImpl : IListsExports
{
    public static byte[] EchoBytes(byte[] l) => l;
    public static ushort[] EchoU16s(ushort[] l) => l;
    public static int[] EchoS32s(int[] l) => l;
    public static ulong[] EchoU64s(ulong[] l) => l;
    public static float[] EchoF32s(float[] l) => l;
    public static double[] EchoF64s(double[] l) => l;
    public static List<bool> EchoBools(List<bool> l) => l;
    public static List<uint> EchoChars(List<uint> l) => l;
    public static List<string> EchoStrings(List<string> l) => l;
    public static List<List<string>> EchoNested(List<List<string>> l) => l;
    public static List<IListsExports.Point> EchoPoints(List<IListsExports.Point> l) => l;
    public static List<(byte, string)> EchoPairs(List<(byte, string)> l) => l;
    public static List<uint?> EchoOptions(List<uint?> l) => l;

    public static (ulong, uint) SumBytes(byte[] l) => (l.Aggregate(0ul, (sum, b) => sum + b), (uint)l.Length);

    public static ulong SumU64s(ulong[] l) => l.Aggregate(0ul, (sum, x) => unchecked(sum + x));

    public static uint[] Range(uint n) => Enumerable.Range(0, (int)n).Select(i => (uint)i).ToArray();

    public static List<string> ReverseStrings(List<string> l) => Enumerable.Reverse(l).ToList();

    public static uint[] Lengths(List<List<string>> l) => l.Select(inner => (uint)inner.Count).ToArray();

    public static List<string> Flatten(List<List<string>> l) => l.SelectMany(inner => inner).ToList();

    public static List<IListsExports.Point> Shift(List<IListsExports.Point> l, int dx, int dy) =>
        l.Select(p => new IListsExports.Point(p.x + dx, p.y + dy, p.label)).ToList();

    public static List<List<string>> Triangle(string s, uint n) =>
        Enumerable.Range(0, (int)n).Select(i => Enumerable.Repeat(s, i).ToList()).ToList();
}
