// Each export calls the host's echo with its argument and returns what
// came back.
using ScalarsWorld.wit.Imports.test.scalars;

namespace ScalarsWorld.wit.Exports.test.scalars;

public class RunExportsImpl : IRunExports
{
    public static byte RoundtripU8(byte x) => IHostImports.EchoU8(x);

    public static sbyte RoundtripS8(sbyte x) => IHostImports.EchoS8(x);

    public static ushort RoundtripU16(ushort x) => IHostImports.EchoU16(x);

    public static short RoundtripS16(short x) => IHostImports.EchoS16(x);

    public static uint RoundtripU32(uint x) => IHostImports.EchoU32(x);

    public static int RoundtripS32(int x) => IHostImports.EchoS32(x);

    public static ulong RoundtripU64(ulong x) => IHostImports.EchoU64(x);

    public static long RoundtripS64(long x) => IHostImports.EchoS64(x);

    public static float RoundtripF32(float x) => IHostImports.EchoF32(x);

    public static double RoundtripF64(double x) => IHostImports.EchoF64(x);

    public static bool RoundtripBool(bool x) => IHostImports.EchoBool(x);

    // A WIT char is its code point.
    public static uint RoundtripChar(uint x) => IHostImports.EchoChar(x);

    public static (byte, short, uint, long, float, double, uint, bool) RoundtripMix(
        byte a, short b, uint c, long d, float e, double f, uint g, bool h)
    {
        return IHostImports.EchoMix(a, b, c, d, e, f, g, h);
    }

    public static uint NextChar(uint c) => IHostImports.NextChar(c);
}
