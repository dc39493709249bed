// Calls every function of `maps` on the test component and checks each
// answer, in the Rust runner's order and with its check names. Maps are
// Dictionaries (unordered, compared by reference): they are compared by a
// rendering sorted by key; fixed-length lists are arrays, compared item by
// item; floats by their bits.
using Composition;
using RunnerWorld.wit.Imports.compose.mapsFixed;
using static RunnerWorld.wit.Imports.compose.mapsFixed.IMapsImports;

namespace RunnerWorld;

public class RunnerWorldExportsImpl : IRunnerWorldExports
{
    public static void Run()
    {
        Echoes();
        Computed();
        Check.Finish();
    }

    static Entry MakeEntry(uint id, float[] coords, params string[] tags) => new(id, coords, [.. tags]);

    /// A map's entries sorted by key, each value shown by `show`.
    static string Map<K, V>(Dictionary<K, V> m, Func<V, string> show) where K : notnull =>
        $"{{{string.Join(", ", m.Select(p => $"{p.Key}: {show(p.Value)}").Order(StringComparer.Ordinal))}}}";

    static string Show(uint x) => x.ToString(System.Globalization.CultureInfo.InvariantCulture);
    static string Show(string s) => $"\"{s}\"";
    static string Show(bool b) => b ? "true" : "false";
    static string Show(List<string> l) => $"[{string.Join(", ", l.Select(Show))}]";
    static string Show(Entry e) => $"Entry({e.id}, [{string.Join(", ", e.coords.Select(c => $"{BitConverter.SingleToUInt32Bits(c):x}"))}], {Show(e.tags)})";

    static void Echoes()
    {
        var thousand = Enumerable.Range(0, 1000).ToDictionary(i => $"key-{i}", i => (uint)i);
        foreach (var (what, m) in new (string, Dictionary<string, uint>)[]
        {
            ("empty", []),
            ("edges", new() { ["a"] = 1, ["b"] = 2, ["é😀"] = uint.MaxValue }),
            ("1000", thousand),
        })
        {
            Check.Same($"echo-map {what}", EchoMap(m), m, m => Map(m, Show));
        }
        var ofLists = new Dictionary<uint, List<string>> { [1] = ["a", "b"], [2] = [], [3] = ["😀"] };
        Check.Same("echo-map-of-lists", EchoMapOfLists(ofLists), ofLists, m => Map(m, Show));
        var entries = new Dictionary<string, Entry>
        {
            ["x"] = MakeEntry(1, [0.5f, -1.25f, 3e10f], "t"),
            ["y"] = MakeEntry(2, [-0.0f, float.PositiveInfinity, 1.0f]),
        };
        Check.Same("echo-map-of-entries", EchoMapOfEntries(entries), entries, m => Map(m, Show));
        var nested = new Dictionary<string, Dictionary<byte, bool>> { ["a"] = new() { [0] = true, [255] = false }, ["b"] = [] };
        Check.Same("echo-nested-map", EchoNestedMap(nested), nested, m => Map(m, inner => Map(inner, Show)));
        var bytes = Enumerable.Range(0, 16).Select(i => (byte)(i * 17)).ToArray();
        Check.Items("echo-fixed-bytes", EchoFixedBytes(bytes), bytes);
        string[] strings = ["", "é", "😀x"];
        Check.Items("echo-fixed-strings", EchoFixedStrings(strings), strings);
        long[][] fixedNested = [[long.MinValue, -1], [0, 1], [long.MaxValue, 42]];
        Check.Nested("echo-fixed-nested", EchoFixedNested(fixedNested), fixedNested);
        var e = MakeEntry(7, [1.5f, -2.5f, 0.0f], "a", "b");
        Check.Same("echo-entry", EchoEntry(e), e, Show);
    }

    static void Computed()
    {
        Check.Same("count-words", CountWords(["a", "b", "a", "😀", "a"]), new() { ["a"] = 3, ["b"] = 1, ["😀"] = 1 }, m => Map(m, Show));
        Check.Same("count-words empty", CountWords([]), [], m => Map(m, Show));
        var m = new Dictionary<string, uint> { ["a"] = 1, ["b"] = 2 };
        Check.Equal("lookup found", Lookup(m, "b"), 2u);
        Check.Equal("lookup missing", Lookup(m, "z"), null);
        Check.Items("sorted-keys", SortedKeys(new() { ["b"] = 1, ["a"] = 2, ["c"] = 3 }), ["a", "b", "c"]);
        Check.Same("invert", Invert(new() { [1] = "one", [2] = "two" }), new() { ["one"] = 1, ["two"] = 2 }, m => Map(m, Show));
        Check.Same("numbered 0", Numbered(0), [], m => Map(m, Show));
        Check.Same("numbered 1000", Numbered(1000), Enumerable.Range(0, 1000).ToDictionary(i => (uint)i, i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), m => Map(m, Show));
        Check.Equal("sum-coords", BitConverter.SingleToUInt32Bits(SumCoords([1.5f, 2.25f, -0.75f])), BitConverter.SingleToUInt32Bits(3.0f));
        Check.Nested("transpose", Transpose([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), new int[][] { [1, 4, 7], [2, 5, 8], [3, 6, 9] });
    }
}
