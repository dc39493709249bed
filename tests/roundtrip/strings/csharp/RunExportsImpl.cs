// Strings through the host and back.
using System.Text;
using StringsWorld.wit.Imports.test.strings;

namespace StringsWorld.wit.Exports.test.strings;

public class RunExportsImpl : IRunExports
{
    public static string Roundtrip(string s) => IHostImports.Echo(s);

    public static (string, string, string) RoundtripThree(string a, string b, string c)
    {
        return IHostImports.EchoThree(a, b, c);
    }

    public static string Concat(string a, string b) => IHostImports.Concat(a, b);

    /// The UTF-8 length and the number of code points of the host's copy.
    public static (uint, uint) Measure(string s)
    {
        string back = IHostImports.Echo(s);
        return ((uint)Encoding.UTF8.GetByteCount(back), (uint)back.EnumerateRunes().Count());
    }
}
