// Calls every function of `values` on the test component and checks each
// answer, in the Rust runner's order and with its check names (floats are
// named in C#'s round-trip notation).
using System.Globalization;
using Composition;
using RunnerWorld.wit.Imports.compose.scalarsStrings;

namespace RunnerWorld;

public class RunnerWorldExportsImpl : IRunnerWorldExports
{
    /// 16 UTF-8 bytes, 10 scalar values: 65536 of them make 1 MiB.
    const string Piece = "abcdefgé✓😀";
    const uint Pieces = 65536;

    public static void Run()
    {
        Integers();
        Floats();
        Chars();
        Strings();
        Check.Finish();
    }

    static void Integers()
    {
        foreach (var x in new[] { true, false })
        {
            Check.Equal($"echo-bool {(x ? "true" : "false")}", IValuesImports.EchoBool(x), x);
        }
        foreach (var x in new byte[] { 0, 128, byte.MaxValue })
        {
            Check.Equal($"echo-u8 {x}", IValuesImports.EchoU8(x), x);
        }
        foreach (var x in new sbyte[] { sbyte.MinValue, -1, 0, sbyte.MaxValue })
        {
            Check.Equal($"echo-s8 {x}", IValuesImports.EchoS8(x), x);
        }
        foreach (var x in new ushort[] { 0, 32768, ushort.MaxValue })
        {
            Check.Equal($"echo-u16 {x}", IValuesImports.EchoU16(x), x);
        }
        foreach (var x in new short[] { short.MinValue, -1, 0, short.MaxValue })
        {
            Check.Equal($"echo-s16 {x}", IValuesImports.EchoS16(x), x);
        }
        foreach (var x in new uint[] { 0, 1u << 31, uint.MaxValue })
        {
            Check.Equal($"echo-u32 {x}", IValuesImports.EchoU32(x), x);
        }
        foreach (var x in new int[] { int.MinValue, -1, 0, int.MaxValue })
        {
            Check.Equal($"echo-s32 {x}", IValuesImports.EchoS32(x), x);
        }
        foreach (var x in new ulong[] { 0, 1ul << 63, ulong.MaxValue })
        {
            Check.Equal($"echo-u64 {x}", IValuesImports.EchoU64(x), x);
        }
        foreach (var x in new long[] { long.MinValue, -1, 0, long.MaxValue })
        {
            Check.Equal($"echo-s64 {x}", IValuesImports.EchoS64(x), x);
        }
        Check.Equal(
            "extremes",
            IValuesImports.Extremes(),
            (byte.MaxValue, sbyte.MinValue, ushort.MaxValue, short.MinValue, uint.MaxValue, int.MinValue, ulong.MaxValue, long.MinValue));
        Check.Equal("add-u64 wraps", IValuesImports.AddU64(ulong.MaxValue, 2), 1ul);
        Check.Equal("add-u64 top bit", IValuesImports.AddU64(1ul << 63, (1ul << 63) - 1), ulong.MaxValue);
        Check.Equal("negate-s64 max", IValuesImports.NegateS64(long.MaxValue), -long.MaxValue);
        Check.Equal("negate-s64 -1", IValuesImports.NegateS64(-1), 1L);
    }

    static void Floats()
    {
        float[] f32s = [0.0f, -0.0f, 1.5f, float.MaxValue, BitConverter.UInt32BitsToSingle(0x0080_0000), float.Epsilon, float.PositiveInfinity, float.NegativeInfinity];
        foreach (var x in f32s)
        {
            var back = IValuesImports.EchoF32(x);
            Check.Equal($"echo-f32 {Shown(x)}", BitConverter.SingleToUInt32Bits(back), BitConverter.SingleToUInt32Bits(x));
        }
        Check.Holds("echo-f32 nan", float.IsNaN(IValuesImports.EchoF32(float.NaN)), "a NaN back");
        double[] f64s = [0.0, -0.0, 1.5, double.MaxValue, BitConverter.UInt64BitsToDouble(0x0010_0000_0000_0000), double.Epsilon, double.PositiveInfinity, double.NegativeInfinity];
        foreach (var x in f64s)
        {
            var back = IValuesImports.EchoF64(x);
            Check.Equal($"echo-f64 {Shown(x)}", BitConverter.DoubleToUInt64Bits(back), BitConverter.DoubleToUInt64Bits(x));
        }
        Check.Holds("echo-f64 nan", double.IsNaN(IValuesImports.EchoF64(double.NaN)), "a NaN back");
        foreach (var (x, bits) in new (float, uint)[] { (-0.0f, 0x8000_0000), (1.0f, 0x3f80_0000), (float.PositiveInfinity, 0x7f80_0000), (float.Epsilon, 1) })
        {
            Check.Equal($"f32-bits {Shown(x)}", IValuesImports.F32Bits(x), bits);
        }
        foreach (var (x, bits) in new (double, ulong)[] { (-0.0, 0x8000_0000_0000_0000), (1.0, 0x3ff0_0000_0000_0000), (double.NegativeInfinity, 0xfff0_0000_0000_0000), (double.Epsilon, 1) })
        {
            Check.Equal($"f64-bits {Shown(x)}", IValuesImports.F64Bits(x), bits);
        }
        foreach (var bits in new uint[] { 0x7f7f_ffff, 1, 0xff80_0000 })
        {
            var x = IValuesImports.F32FromBits(bits);
            Check.Equal($"f32-from-bits 0x{bits:x}", BitConverter.SingleToUInt32Bits(x), bits);
        }
        foreach (var bits in new ulong[] { 0x7fef_ffff_ffff_ffff, 1, 0x8000_0000_0000_0000 })
        {
            var x = IValuesImports.F64FromBits(bits);
            Check.Equal($"f64-from-bits 0x{bits:x}", BitConverter.DoubleToUInt64Bits(x), bits);
        }
    }

    static void Chars()
    {
        // Chars are Unicode scalar values (uint) in the bindings.
        foreach (var c in new uint[] { 0, 'a', 'é', '✓', 0xd7ff, 0xe000, 0x1f600, 0x10ffff })
        {
            Check.Equal($"echo-char U+{c:X4}", IValuesImports.EchoChar(c), c);
        }
        foreach (var c in new uint[] { 'é', 0x1f600, 0x10ffff })
        {
            Check.Equal($"char-code U+{c:X4}", IValuesImports.CharCode(c), c);
        }
        foreach (var code in new uint[] { 0, 0xfffd, 0x1f600 })
        {
            Check.Equal($"char-from-code U+{code:X4}", IValuesImports.CharFromCode(code), code);
        }
    }

    static void Strings()
    {
        var mib = string.Concat(Enumerable.Repeat(Piece, (int)Pieces));
        foreach (var (what, s) in new[]
        {
            ("empty", ""),
            ("ascii", "hello"),
            ("escapes", "tab\tnewline\nquote\"backslash\\"),
            ("nul inside", "a\0b"),
            ("multibyte", "héllo wörld ✓ 😀 𝄞"),
            ("1 MiB", mib),
        })
        {
            Check.Equal($"echo-string {what}", IValuesImports.EchoString(s), s);
        }
        foreach (var (what, s, measured) in new[]
        {
            ("empty", "", (0u, 0u)),
            ("multibyte", "é✓😀", (9u, 3u)),
            ("nul", "\0", (1u, 1u)),
            ("1 MiB", mib, (1u << 20, 10 * Pieces)),
        })
        {
            Check.Equal($"measure {what}", IValuesImports.Measure(s), measured);
        }
        Check.Equal("repeat ab", IValuesImports.Repeat("ab", 3), "ababab");
        Check.Equal("repeat none", IValuesImports.Repeat("😀", 0), "");
        Check.Equal("repeat 1 MiB", IValuesImports.Repeat(Piece, Pieces), mib);
        Check.Equal("concat empty", IValuesImports.Concat("", ""), "");
        Check.Equal("concat multibyte", IValuesImports.Concat("héllo ", "wörld 😀"), "héllo wörld 😀");
        Check.Equal("concat 1 MiB", IValuesImports.Concat(mib, "✓"), mib + "✓");
    }

    static string Shown(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
