// `values`, answered from C#.
using System.Text;

namespace TestWorld.wit.Exports.compose.scalarsStrings;

public class ValuesExportsImpl : IValuesExports
{
    public static bool EchoBool(bool x) => x;
    public static byte EchoU8(byte x) => x;
    public static sbyte EchoS8(sbyte x) => x;
    public static ushort EchoU16(ushort x) => x;
    public static short EchoS16(short x) => x;
    public static uint EchoU32(uint x) => x;
    public static int EchoS32(int x) => x;
    public static ulong EchoU64(ulong x) => x;
    public static long EchoS64(long x) => x;
    public static float EchoF32(float x) => x;
    public static double EchoF64(double x) => x;
    public static uint EchoChar(uint x) => x;
    public static string EchoString(string x) => x;

    public static (byte, sbyte, ushort, short, uint, int, ulong, long) Extremes() =>
        (byte.MaxValue, sbyte.MinValue, ushort.MaxValue, short.MinValue, uint.MaxValue, int.MinValue, ulong.MaxValue, long.MinValue);

    public static ulong AddU64(ulong a, ulong b) => unchecked(a + b);

    public static long NegateS64(long x) => -x;

    public static uint F32Bits(float x) => BitConverter.SingleToUInt32Bits(x);

    public static ulong F64Bits(double x) => BitConverter.DoubleToUInt64Bits(x);

    public static float F32FromBits(uint bits) => BitConverter.UInt32BitsToSingle(bits);

    public static double F64FromBits(ulong bits) => BitConverter.UInt64BitsToDouble(bits);

    // Chars arrive as Unicode scalar values.
    public static uint CharCode(uint c) => c;

    public static uint CharFromCode(uint code) => (uint)new Rune(code).Value;

    public static (uint, uint) Measure(string s) =>
        ((uint)Encoding.UTF8.GetByteCount(s), (uint)s.EnumerateRunes().Count());

    public static string Repeat(string s, uint n) => string.Concat(Enumerable.Repeat(s, (int)n));

    public static string Concat(string a, string b) => a + b;
}
