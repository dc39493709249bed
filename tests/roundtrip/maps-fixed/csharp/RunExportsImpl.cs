// Maps and fixed-length lists through the host and back: bindery writes
// `map<K, V>` as Dictionary<K, V> and `list<T, N>` as a T[] of length N
// (wit-bindgen's C# generator has neither yet).
using MapsFixedWorld.wit.Imports.test.mapsFixed;
using Types = MapsFixedWorld.wit.Imports.test.mapsFixed.ITypesImports;

namespace MapsFixedWorld.wit.Exports.test.mapsFixed;

public class RunExportsImpl : IRunExports
{
    public static Dictionary<string, uint> RoundtripMap(Dictionary<string, uint> m) => IHostImports.EchoMap(m);

    public static Dictionary<uint, List<string>> RoundtripMapOfLists(Dictionary<uint, List<string>> m)
    {
        return IHostImports.EchoMapOfLists(m);
    }

    public static Dictionary<string, Types.Entry> RoundtripMapOfRecords(Dictionary<string, Types.Entry> m)
    {
        return IHostImports.EchoMapOfRecords(m);
    }

    public static byte[] RoundtripFixed(byte[] l) => IHostImports.EchoFixed(l);

    public static string[] RoundtripFixedStrings(string[] l) => IHostImports.EchoFixedStrings(l);

    public static uint[][] RoundtripFixedNested(uint[][] l) => IHostImports.EchoFixedNested(l);

    public static Types.Entry RoundtripEntry(Types.Entry e)
    {
        // A fresh record with a fresh array, built through the API.
        return IHostImports.EchoEntry(new Types.Entry(e.id, (float[])e.coords.Clone()));
    }

    /// Finds the key in the map the host echoes.
    public static uint? Lookup(Dictionary<string, uint> m, string key)
    {
        return IHostImports.EchoMap(m).TryGetValue(key, out uint value) ? value : null;
    }
}
