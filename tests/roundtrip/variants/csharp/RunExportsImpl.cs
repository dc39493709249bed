// Variants and enums through the host and back. A shape is taken apart
// and rebuilt through the variant's API (Tag, Tags, As…, constructors)
// before it goes to the host, so that API is type-checked too.
using VariantsWorld.wit.Imports.test.variants;
using Types = VariantsWorld.wit.Imports.test.variants.ITypesImports;

namespace VariantsWorld.wit.Exports.test.variants;

public class RunExportsImpl : IRunExports
{
    static Types.Shape Rebuild(Types.Shape v)
    {
        return v.Tag switch
        {
            Types.Shape.Tags.Circle => Types.Shape.Circle(v.AsCircle),
            Types.Shape.Tags.Rect => Types.Shape.Rect(v.AsRect),
            Types.Shape.Tags.Point => Types.Shape.Point(),
            Types.Shape.Tags.Named => Types.Shape.Named(v.AsNamed),
            Types.Shape.Tags.Poly => Types.Shape.Poly(new List<(float, float)>(v.AsPoly)),
            _ => throw new ArgumentException("unknown shape " + v.Tag),
        };
    }

    public static Types.Shape RoundtripShape(Types.Shape v) => IHostImports.EchoShape(Rebuild(v));

    public static Types.Payload RoundtripPayload(Types.Payload v) => IHostImports.EchoPayload(v);

    public static Types.Complex RoundtripComplex(Types.Complex v) => IHostImports.EchoComplex(v);

    public static Types.Color RoundtripColor(Types.Color v) => IHostImports.EchoColor(v);

    public static Types.SingleCase RoundtripSingleCase(Types.SingleCase v) => IHostImports.EchoSingleCase(v);

    public static Types.BigEnum RoundtripBigEnum(Types.BigEnum v) => IHostImports.EchoBigEnum(v);

    public static Types.BigVariant RoundtripBigVariant(Types.BigVariant v) => IHostImports.EchoBigVariant(v);

    public static List<Types.Shape> RoundtripShapes(List<Types.Shape> v)
    {
        return IHostImports.EchoShapes(v.Select(Rebuild).ToList());
    }

    public static List<Types.Color> RoundtripColors(List<Types.Color> v) => IHostImports.EchoColors(v);

    public static Types.FullByte RoundtripFullByte(Types.FullByte v) => IHostImports.EchoFullByte(v);

    public static Types.FullByteVariant RoundtripFullByteVariant(Types.FullByteVariant v)
    {
        return IHostImports.EchoFullByteVariant(v);
    }

    public static List<Result<Types.Complex?, List<Types.Shape>>> RoundtripDeep(
        List<Result<Types.Complex?, List<Types.Shape>>> v)
    {
        return IHostImports.EchoDeep(v);
    }
}
