// Flags through the host and back. Flags are [Flags] enums with
// SHOUTY_CASE members; `perms` is rebuilt member by member first.
using FlagSizesWorld.wit.Imports.test.flagSizes;
using Types = FlagSizesWorld.wit.Imports.test.flagSizes.ITypesImports;

namespace FlagSizesWorld.wit.Exports.test.flagSizes;

public class RunExportsImpl : IRunExports
{
    public static Types.One RoundtripOne(Types.One f) => IHostImports.EchoOne(f);

    public static Types.Eight RoundtripEight(Types.Eight f) => IHostImports.EchoEight(f);

    public static Types.Nine RoundtripNine(Types.Nine f) => IHostImports.EchoNine(f);

    public static Types.Sixteen RoundtripSixteen(Types.Sixteen f) => IHostImports.EchoSixteen(f);

    public static Types.Seventeen RoundtripSeventeen(Types.Seventeen f) => IHostImports.EchoSeventeen(f);

    public static Types.ThirtyTwo RoundtripThirtyTwo(Types.ThirtyTwo f) => IHostImports.EchoThirtyTwo(f);

    public static Types.Perms RoundtripPerms(Types.Perms f)
    {
        Types.Perms rebuilt = 0;
        foreach (var member in new[] { Types.Perms.READ, Types.Perms.WRITE, Types.Perms.TYPE, Types.Perms.SELF })
        {
            if ((f & member) != 0)
            {
                rebuilt |= member;
            }
        }
        return IHostImports.EchoPerms(rebuilt);
    }

    public static Types.AllFlags RoundtripAll(Types.AllFlags f) => IHostImports.EchoAll(f);

    public static List<Types.Nine> RoundtripList(List<Types.Nine> f) => IHostImports.EchoList(f);
}
