// Calls every function of `shapes` on the test component and checks each
// answer, in the Rust runner's order and with its check names (flags are
// named as C# prints them). Records holding lists and variants compare by
// reference in C#: they are compared by a rendering written here (`Show`),
// as the Rust runner compares their `{:?}`.
using System.Globalization;
using Composition;
using RunnerWorld.wit.Imports.compose.recordsVariants;
using static RunnerWorld.wit.Imports.compose.recordsVariants.IShapesImports;

namespace RunnerWorld;

public class RunnerWorldExportsImpl : IRunnerWorldExports
{
    public static void Run()
    {
        Records();
        Variants();
        OptionsResults();
        Computed();
        Check.Finish();
    }

    static Person MakePerson(string name, byte age, string? email, params string[] tags) =>
        new(name, age, email, [.. tags], Color.BLUE, Permissions.READ | Permissions.EXECUTE);

    static Team MakeTeam() => new(
        "core ✓",
        MakePerson("Ada", 30, "ada@example.com", "lead"),
        [
            MakePerson("Grace", 45, null, "compilers", "navy"),
            MakePerson("Edsger", 45, null),
            MakePerson("Barbara", 20, "b@example.com", "clu"),
        ]);

    static (string, Shape)[] AllShapes() =>
    [
        ("point", Shape.Point()),
        ("circle", Shape.Circle(1.5)),
        ("rectangle", Shape.Rectangle((2.0, -3.0))),
        ("polygon", Shape.Polygon([(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)])),
        ("named", Shape.Named("é😀")),
    ];

    static void Records()
    {
        var scalars = new Scalars(byte.MaxValue, short.MinValue, uint.MaxValue, long.MinValue, -0.0f, double.MaxValue, 0x1f600, true);
        Check.Same("echo-scalars", EchoScalars(scalars), scalars, Show);
        var full = MakePerson("Ada Lovelace", 36, "ada@example.com", "math", "é");
        Check.Same("echo-person full", EchoPerson(full), full, Show);
        var bare = MakePerson("", 0, null);
        bare.favourite = Color.RED;
        bare.access = 0;
        Check.Same("echo-person bare", EchoPerson(bare), bare, Show);
        var team = MakeTeam();
        Check.Same("echo-team", EchoTeam(team), team, Show);
        foreach (var c in new[] { Color.RED, Color.GREEN, Color.BLUE })
        {
            Check.Equal($"echo-color {c}", EchoColor(c), c);
        }
        foreach (var p in new[] { (Permissions)0, Permissions.READ | Permissions.WRITE | Permissions.EXECUTE, Permissions.WRITE })
        {
            Check.Equal($"echo-permissions {p}", EchoPermissions(p), p);
        }
        var allFeatures = (Features)((1 << 17) - 1);
        foreach (var f in new[] { (Features)0, Features.F0 | Features.F16, allFeatures })
        {
            Check.Equal($"echo-features {f}", EchoFeatures(f), f);
        }
        var outer = new Outer(
            new Middle(
                new Inner(Result<uint, string>.Ok(7), Shape.Circle(0.25)),
                [
                    new Inner(null, Shape.Point()),
                    new Inner(Result<uint, string>.Err("deep ✗"), Shape.Named("n")),
                    new Inner(Result<uint, string>.Ok(uint.MaxValue), Shape.Polygon([])),
                ]),
            "outer",
            Color.GREEN);
        Check.Same("echo-outer", EchoOuter(outer), outer, Show);
    }

    static void Variants()
    {
        foreach (var (kind, shape) in AllShapes())
        {
            Check.Same($"echo-shape {kind}", EchoShape(shape), shape, Show);
        }
        foreach (var (what, joined) in new[]
        {
            ("small", Joined.Small(byte.MaxValue)),
            ("large", Joined.Large(ulong.MaxValue)),
            ("single", Joined.Single(-1.5f)),
            ("double", Joined.@double(BitConverter.UInt64BitsToDouble(0x0010_0000_0000_0000))),
            ("text", Joined.Text("joined ✓")),
            ("nothing", Joined.Nothing()),
        })
        {
            Check.Same($"echo-joined {what}", EchoJoined(joined), joined, Show);
        }
    }

    static void OptionsResults()
    {
        foreach (var o in new uint?[] { 0, uint.MaxValue, null })
        {
            Check.Equal($"echo-option {(o is { } v ? $"Some({v})" : "None")}", EchoOption(o), o);
        }
        foreach (var (what, o) in new[]
        {
            ("none", Option<string?>.None),
            ("some(none)", new Option<string?>(null)),
            ("some(some(\"\"))", new Option<string?>("")),
            ("some(some(😀))", new Option<string?>("😀")),
        })
        {
            Check.Same($"echo-nested-option {what}", EchoNestedOption(o), o, Show);
        }
        // A function's own result: the error comes as a WitException.
        Check.Same("echo-result ok", Outcome<string, ErrorInfo>(() => EchoResult(Result<string, ErrorInfo>.Ok("fine")), Show, Show), "Ok(fine)", s => s);
        var info = new ErrorInfo(500, "boom", true);
        Check.Same("echo-result err", Outcome<string, ErrorInfo>(() => EchoResult(Result<string, ErrorInfo>.Err(info)), Show, Show), $"Err({Show(info)})", s => s);
        var ok = (Result<None, None>.Ok(default), Result<None, string>.Ok(default), Result<uint, None>.Ok(7));
        Check.Same("echo-bare-results ok", EchoBareResults(ok.Item1, ok.Item2, ok.Item3), ok, Show);
        var err = (Result<None, None>.Err(default), Result<None, string>.Err("why"), Result<uint, None>.Err(default));
        Check.Same("echo-bare-results err", EchoBareResults(err.Item1, err.Item2, err.Item3), err, Show);
        List<Result<(byte, string), List<Shape>>?> deep =
        [
            null,
            Result<(byte, string), List<Shape>>.Ok((1, "a")),
            Result<(byte, string), List<Shape>>.Err([Shape.Circle(2.0), Shape.Named("n")]),
            Result<(byte, string), List<Shape>>.Err([]),
        ];
        Check.Same("echo-deep", EchoDeep(deep), deep, d => List(d, Show));
    }

    static void Computed()
    {
        foreach (var (kind, shape) in AllShapes())
        {
            Check.Equal($"shape-kind {kind}", ShapeKind(shape), kind);
        }
        foreach (var (from, to) in new[] { (Color.RED, Color.GREEN), (Color.GREEN, Color.BLUE), (Color.BLUE, Color.RED) })
        {
            Check.Equal($"next-color {from}", NextColor(from), to);
        }
        Check.Equal("union", Union(Features.F0 | Features.F1, Features.F1 | Features.F16), Features.F0 | Features.F1 | Features.F16);
        Check.Equal("union empty", Union(0, 0), (Features)0);
        foreach (var (input, expected) in new[]
        {
            ("42", "Ok(42)"),
            ("4294967295", $"Ok({uint.MaxValue})"),
            ("", $"Err({Show(ParseError.Empty())})"),
            ("7😀", $"Err({Show(ParseError.BadChar((1, 0x1f600)))})"),
            ("4294967296", $"Err({Show(ParseError.Overflow("4294967296"))})"),
        })
        {
            Check.Same($"parse \"{input}\"", Outcome<uint, ParseError>(() => Parse(input), x => Show(x), Show), expected, s => s);
        }
        var good = MakePerson("Ada", 36, null, "math");
        Check.Same("validate ok", Outcome<None, List<string>>(() => { Validate(good); return default; }, _ => "()", Show), "Ok(())", s => s);
        var bad = MakePerson("", 200, null);
        Check.Same("validate err", Outcome<None, List<string>>(() => { Validate(bad); return default; }, _ => "()", Show), $"Err({Show(new List<string> { "name is empty", "age is over 150", "no tags" })})", s => s);
        Check.Same("fetch present", Outcome<string, ErrorInfo>(() => Fetch("present"), Show, Show), "Ok(here)", s => s);
        Check.Same("fetch missing", Outcome<string, ErrorInfo>(() => Fetch("missing ✓"), Show, Show), $"Err({Show(new ErrorInfo(404, "not found: missing ✓", false))})", s => s);
        Check.Same("oldest", Oldest(MakeTeam()), MakePerson("Grace", 45, null, "compilers", "navy"), Show);
        Check.Equal("first-some", FirstSome([null, "b", "c"]), "b");
        Check.Equal("first-some none", FirstSome([null]), null);
        Check.Equal("first-some empty", FirstSome([]), null);
    }

    /// A call of a function whose result is a `result`: `Ok(…)`, or
    /// `Err(…)` from the `WitException` it throws.
    static string Outcome<T, E>(Func<T> call, Func<T, string> ok, Func<E, string> err)
    {
        try
        {
            return $"Ok({ok(call())})";
        }
        catch (WitException<E> e)
        {
            return $"Err({err(e.TypedValue)})";
        }
    }

    // Renderings of every value the checks compare (exact: floats by bits).
    static string Show(string? s) => s is null ? "null" : $"\"{s}\"";
    static string Show(uint x) => x.ToString(CultureInfo.InvariantCulture);
    static string Show(float x) => $"f32:{BitConverter.SingleToUInt32Bits(x):x}";
    static string Show(double x) => $"f64:{BitConverter.DoubleToUInt64Bits(x):x}";
    static string Show(List<string> l) => List(l, Show);
    static string List<T>(IEnumerable<T> items, Func<T, string> show) => $"[{string.Join(", ", items.Select(show))}]";

    static string Show(Scalars s) => $"Scalars({s.a}, {s.b}, {s.c}, {s.d}, {Show(s.e)}, {Show(s.f)}, U+{s.g:X4}, {s.h})";
    static string Show(Person p) => $"Person({Show(p.name)}, {p.age}, {Show(p.email)}, {Show(p.tags)}, {p.favourite}, {p.access})";
    static string Show(Team t) => $"Team({Show(t.name)}, {Show(t.lead)}, {List(t.members, Show)})";
    static string Show(ErrorInfo e) => $"ErrorInfo({e.code}, {Show(e.message)}, {e.retryable})";

    static string Show(Shape s) => s.Tag switch
    {
        Shape.Tags.Point => "Point",
        Shape.Tags.Circle => $"Circle({Show(s.AsCircle)})",
        Shape.Tags.Rectangle => $"Rectangle({Show(s.AsRectangle.Item1)}, {Show(s.AsRectangle.Item2)})",
        Shape.Tags.Polygon => $"Polygon({List(s.AsPolygon, p => $"({Show(p.Item1)}, {Show(p.Item2)})")})",
        Shape.Tags.Named => $"Named({Show(s.AsNamed)})",
        _ => $"Shape tag {s.Tag}",
    };

    static string Show(Joined j) => j.Tag switch
    {
        Joined.Tags.Small => $"Small({j.AsSmall})",
        Joined.Tags.Large => $"Large({j.AsLarge})",
        Joined.Tags.Single => $"Single({Show(j.AsSingle)})",
        Joined.Tags.@double => $"Double({Show(j.AsDouble)})",
        Joined.Tags.Text => $"Text({Show(j.AsText)})",
        Joined.Tags.Nothing => "Nothing",
        _ => $"Joined tag {j.Tag}",
    };

    static string Show(ParseError e) => e.Tag switch
    {
        ParseError.Tags.Empty => "Empty",
        ParseError.Tags.BadChar => $"BadChar({e.AsBadChar.Item1}, U+{e.AsBadChar.Item2:X4})",
        ParseError.Tags.Overflow => $"Overflow({Show(e.AsOverflow)})",
        _ => $"ParseError tag {e.Tag}",
    };

    static string Show(Inner i) => $"Inner({(i.value is { } v ? Show(v, Show, Show) : "None")}, {Show(i.shape)})";
    static string Show(Outer o) => $"Outer(Middle({Show(o.middle.inner)}, {List(o.middle.more, Show)}), {Show(o.label)}, {o.color?.ToString() ?? "None"})";

    static string Show(Option<string?> o) => o.HasValue ? $"Some({Show(o.Value)})" : "None";

    static string Show<T, E>(Result<T, E> r, Func<T, string> ok, Func<E, string> err) =>
        r.IsOk ? $"Ok({ok(r.AsOk)})" : $"Err({err(r.AsErr)})";

    static string Show(Result<uint, string> r) => Show(r, Show, Show);

    static string Show((Result<None, None>, Result<None, string>, Result<uint, None>) t) =>
        $"({Show(t.Item1, _ => "()", _ => "()")}, {Show(t.Item2, _ => "()", Show)}, {Show(t.Item3, Show, _ => "()")})";

    static string Show(Result<(byte, string), List<Shape>>? r) =>
        r is { } v ? Show(v, p => $"({p.Item1}, {Show(p.Item2)})", l => List(l, Show)) : "None";
}
