// The runner's checks, shared by every case (the harness copies this file
// next to the runner's own). Each check compares one answer with what it
// must be and, when they differ, fails with `check failed: <name>: …`, the
// line the harness reports. `Finish` prints how many passed, which the
// harness compares with the case's `checks`.
using System.Globalization;

namespace Composition;

public static class Check
{
    static uint passed;

    /// Values longer than this are shown cut (a 1 MiB string would drown
    /// the message).
    const int Shown = 160;

    /// `actual` must equal `expected` (value equality: numbers, strings,
    /// tuples, records).
    public static void Equal<T>(string name, T actual, T expected)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            Fail(name, $"expected {Show(expected)}, got {Show(actual)}");
        }
        passed++;
    }

    /// `actual` must hold the same items as `expected`, in order: for
    /// lists and arrays, which compare by reference.
    public static void Items<T>(string name, IEnumerable<T> actual, IEnumerable<T> expected)
    {
        if (!actual.SequenceEqual(expected))
        {
            Fail(name, $"expected [{Cut(string.Join(", ", expected))}], got [{Cut(string.Join(", ", actual))}]");
        }
        passed++;
    }

    /// `actual` must look like `expected` when shown by `show`: for the
    /// generated records and variants, which compare by reference or hold
    /// lists (the runner writes `show`, the way Rust's `{:?}` renders).
    public static void Same<T>(string name, T actual, T expected, Func<T, string> show)
    {
        var (shownActual, shownExpected) = (show(actual), show(expected));
        if (shownActual != shownExpected)
        {
            Fail(name, $"expected {Cut(shownExpected)}, got {Cut(shownActual)}");
        }
        passed++;
    }

    /// Lists of lists, item by item.
    public static void Nested<T>(string name, IEnumerable<IEnumerable<T>> actual, IEnumerable<IEnumerable<T>> expected)
    {
        static string Show(IEnumerable<IEnumerable<T>> lists) =>
            Cut(string.Join(", ", lists.Select(l => $"[{string.Join(", ", l)}]")));
        if (actual.Count() != expected.Count() || actual.Zip(expected).Any(p => !p.First.SequenceEqual(p.Second)))
        {
            Fail(name, $"expected [{Show(expected)}], got [{Show(actual)}]");
        }
        passed++;
    }

    /// `ok` must hold; `what` says what was expected.
    public static void Holds(string name, bool ok, string what)
    {
        if (!ok)
        {
            Fail(name, what);
        }
        passed++;
    }

    /// Fails the run, naming the check: the runtime prints the message and
    /// traps.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Fail(string name, string detail)
    {
        Console.Out.Flush();
        Environment.FailFast($"check failed: {name}: {detail}");
    }

    /// Prints the count the harness reads.
    public static void Finish()
    {
        Console.WriteLine($"checks passed: {passed}");
    }

    static string Show<T>(T value) => Cut(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null");

    static string Cut(string text) =>
        text.Length > Shown ? $"{text[..Shown]}… ({System.Text.Encoding.UTF8.GetByteCount(text)} bytes)" : text;
}
