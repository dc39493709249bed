// `shapes`, answered from C#. A function whose result is a `result`
// returns its ok value and throws a WitException carrying its error.
using static TestWorld.wit.Exports.compose.recordsVariants.IShapesExports;

namespace TestWorld.wit.Exports.compose.recordsVariants;

public class ShapesExportsImpl : IShapesExports
{
    public static Scalars EchoScalars(Scalars s) => s;
    public static Person EchoPerson(Person p) => p;
    public static Team EchoTeam(Team t) => t;
    public static Color EchoColor(Color c) => c;
    public static Permissions EchoPermissions(Permissions p) => p;
    public static Features EchoFeatures(Features f) => f;
    public static Shape EchoShape(Shape s) => s;
    public static Joined EchoJoined(Joined j) => j;
    public static Outer EchoOuter(Outer o) => o;
    public static uint? EchoOption(uint? o) => o;
    public static Option<string?> EchoNestedOption(Option<string?> o) => o;

    public static string EchoResult(Result<string, ErrorInfo> r) =>
        r.IsOk ? r.AsOk : throw new WitException<ErrorInfo>(r.AsErr, 0);

    public static (Result<None, None>, Result<None, string>, Result<uint, None>) EchoBareResults(
        Result<None, None> a, Result<None, string> b, Result<uint, None> c) => (a, b, c);

    public static List<Result<(byte, string), List<Shape>>?> EchoDeep(List<Result<(byte, string), List<Shape>>?> d) => d;

    public static string ShapeKind(Shape s) => s.Tag switch
    {
        Shape.Tags.Point => "point",
        Shape.Tags.Circle => "circle",
        Shape.Tags.Rectangle => "rectangle",
        Shape.Tags.Polygon => "polygon",
        Shape.Tags.Named => "named",
        _ => throw new ArgumentException($"no shape has tag {s.Tag}"),
    };

    public static Color NextColor(Color c) => c switch
    {
        Color.RED => Color.GREEN,
        Color.GREEN => Color.BLUE,
        _ => Color.RED,
    };

    public static Features Union(Features a, Features b) => a | b;

    public static uint Parse(string s)
    {
        if (s.Length == 0)
        {
            throw new WitException<ParseError>(ParseError.Empty(), 0);
        }
        ulong value = 0;
        uint at = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (rune.Value is < '0' or > '9')
            {
                throw new WitException<ParseError>(ParseError.BadChar((at, (uint)rune.Value)), 0);
            }
            value = value * 10 + (ulong)(rune.Value - '0');
            if (value > uint.MaxValue)
            {
                throw new WitException<ParseError>(ParseError.Overflow(s), 0);
            }
            at++;
        }
        return (uint)value;
    }

    public static void Validate(Person p)
    {
        var problems = new List<string>();
        if (p.name.Length == 0)
        {
            problems.Add("name is empty");
        }
        if (p.age > 150)
        {
            problems.Add("age is over 150");
        }
        if (p.tags.Count == 0)
        {
            problems.Add("no tags");
        }
        if (problems.Count > 0)
        {
            throw new WitException<List<string>>(problems, 0);
        }
    }

    public static string Fetch(string key) =>
        key == "present" ? "here" : throw new WitException<ErrorInfo>(new ErrorInfo(404, $"not found: {key}", false), 0);

    /// The first of equals wins.
    public static Person Oldest(Team t) =>
        t.members.Aggregate(t.lead, (oldest, member) => member.age > oldest.age ? member : oldest);

    public static string? FirstSome(List<string?> l) => l.FirstOrDefault(s => s is not null);
}
