// `maps`, answered from C#.
using System.Globalization;

namespace TestWorld.wit.Exports.compose.mapsFixed;

public class MapsExportsImpl : IMapsExports
{
    public static Dictionary<string, uint> EchoMap(Dictionary<string, uint> m) => m;
    public static Dictionary<uint, List<string>> EchoMapOfLists(Dictionary<uint, List<string>> m) => m;
    public static Dictionary<string, IMapsExports.Entry> EchoMapOfEntries(Dictionary<string, IMapsExports.Entry> m) => m;
    public static Dictionary<string, Dictionary<byte, bool>> EchoNestedMap(Dictionary<string, Dictionary<byte, bool>> m) => m;
    public static byte[] EchoFixedBytes(byte[] l) => l;
    public static string[] EchoFixedStrings(string[] l) => l;
    public static long[][] EchoFixedNested(long[][] l) => l;
    public static IMapsExports.Entry EchoEntry(IMapsExports.Entry e) => e;

    public static Dictionary<string, uint> CountWords(List<string> words)
    {
        var counts = new Dictionary<string, uint>();
        foreach (var word in words)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }

    public static uint? Lookup(Dictionary<string, uint> m, string key) => m.TryGetValue(key, out var value) ? value : null;

    public static List<string> SortedKeys(Dictionary<string, uint> m) => m.Keys.Order(StringComparer.Ordinal).ToList();

    public static Dictionary<string, uint> Invert(Dictionary<uint, string> m) => m.ToDictionary(p => p.Value, p => p.Key);

    public static Dictionary<uint, string> Numbered(uint n) =>
        Enumerable.Range(0, (int)n).ToDictionary(i => (uint)i, i => i.ToString(CultureInfo.InvariantCulture));

    public static float SumCoords(float[] c) => c.Sum();

    public static int[][] Transpose(int[][] m) =>
        Enumerable.Range(0, 3).Select(row => Enumerable.Range(0, 3).Select(column => m[column][row]).ToArray()).ToArray();
}
