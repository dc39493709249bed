// Records and tuples through the host and back. Records are structs with
// lowerCamelCase fields and a constructor taking every field.
using RecordsWorld.wit.Imports.test.records;
using Types = RecordsWorld.wit.Imports.test.records.ITypesImports;

namespace RecordsWorld.wit.Exports.test.records;

public class RunExportsImpl : IRunExports
{
    /// Sends the record declared in the exported interface as a tuple.
    public static IRunExports.Local RoundtripLocal(IRunExports.Local l)
    {
        var (count, name) = IHostImports.EchoPair((l.count, l.name));
        return new IRunExports.Local(count, name);
    }

    public static Types.Inner RoundtripInner(Types.Inner r) => IHostImports.EchoInner(r);

    public static Types.Outer RoundtripOuter(Types.Outer r) => IHostImports.EchoOuter(r);

    public static Types.Mix RoundtripMix(Types.Mix r) => IHostImports.EchoMix(r);

    public static Types.Single RoundtripSingle(Types.Single r) => IHostImports.EchoSingle(r);

    public static Types.Deep RoundtripDeep(Types.Deep r) => IHostImports.EchoDeep(r);

    public static (byte, string, uint[], (double, uint)) RoundtripTuple((byte, string, uint[], (double, uint)) t)
    {
        return IHostImports.EchoTuple(t);
    }

    public static (Types.Single, Types.Mix, Types.Inner) RoundtripRecords(Types.Single a, Types.Mix b, Types.Inner c)
    {
        return IHostImports.EchoRecords(a, b, c);
    }

    public static List<Types.Tail> RoundtripTails(List<Types.Tail> t) => IHostImports.EchoTails(t);

    public static (byte, ulong, byte, ushort, byte) RoundtripAligned((byte, ulong, byte, ushort, byte) t)
    {
        return IHostImports.EchoAligned(t);
    }
}
