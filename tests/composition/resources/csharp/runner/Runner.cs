// Uses every function of `counters` on the test component and checks each
// answer, and that every handle disposed here, or moved to the test and
// dropped there, reaches the test's destructor at that moment; in the
// Rust runner's order and with its check names. Imported resources are
// IDisposable: Dispose drops the handle; passing one as an owned argument
// moves it (the object is not used again).
using Composition;
using RunnerWorld.wit.Imports.compose.resources;
using static RunnerWorld.wit.Imports.compose.resources.ICountersImports;

namespace RunnerWorld;

public class RunnerWorldExportsImpl : IRunnerWorldExports
{
    public static void Run()
    {
        Check.Equal("live at start", Live(), 0u);
        var (first, merged) = CountersAndBorrows();
        var passed = Moves(merged);
        InBag(first, passed);
        Holders();
        Containers();
        Check.Equal("live at end", Live(), 0u);
        Check.Finish();
    }

    /// The labels destroyed since the last call, sorted: destructors of
    /// counters dropped together may run in any order.
    static List<string> DroppedSorted() => Dropped().Order(StringComparer.Ordinal).ToList();

    /// Constructor, methods, statics, borrows. Returns `a` (8) and `a+fv` (4).
    static (Counter, Counter) CountersAndBorrows()
    {
        var a = new Counter("a", 5);
        Check.Equal("constructor get", a.Get(), 5L);
        a.Add(3);
        Check.Equal("add", a.Get(), 8L);
        Check.Equal("label", a.Label(), "a");
        Check.Equal("live after constructor", Live(), 1u);

        var fromValues = Counter.FromValues("fv", [1, 2, 3, -10]);
        Check.Equal("from-values", fromValues.Get(), -4L);
        var merged = Counter.Merge(a, fromValues);
        Check.Equal("merge value", merged.Get(), 4L);
        Check.Equal("merge label", merged.Label(), "a+fv");
        Check.Items("merge dropped the moved counter", Dropped(), ["fv"]);

        var split = a.Split("s");
        Check.Equal("split value", split.Get(), 8L);
        Check.Equal("split label", split.Label(), "s");
        Check.Equal("peek borrow", Peek(a), 8L);
        Check.Equal("sum-borrowed", SumBorrowed([a, merged, split]), 20L);
        Check.Items("borrows dropped nothing", Dropped(), []);
        Check.Equal("consume", Consume(split), 8L);
        Check.Items("consume dropped it", Dropped(), ["s"]);
        Check.Equal("live after consume", Live(), 2u);
        return (a, merged);
    }

    /// Own moved across and back, then dropped here.
    static Counter Moves(Counter merged)
    {
        var passed = Pass(merged);
        Check.Equal("pass keeps the counter", passed.Get(), 4L);
        Check.Items("pass dropped nothing", Dropped(), []);
        var scratch = new Counter("scratch", 0);
        scratch.Dispose();
        Check.Items("runner drop reaches the test", Dropped(), ["scratch"]);
        return passed;
    }

    /// Counters moved into a bag, one taken back, the rest dropped with it.
    static void InBag(Counter first, Counter second)
    {
        var bag = new Bag();
        bag.Put(first);
        bag.Put(second);
        Check.Equal("bag size", bag.Size(), 2u);
        Check.Equal("bag total", bag.Total(), 12L);
        var taken = bag.Take();
        if (taken is null)
        {
            Check.Fail("bag take", "expected a counter, got none");
            return;
        }
        Check.Equal("bag take is the last put", taken.Label(), "a+fv");
        Check.Equal("bag size after take", bag.Size(), 1u);
        taken.Dispose();
        Check.Items("taken counter dropped", Dropped(), ["a+fv"]);
        bag.Dispose();
        Check.Items("bag drop drops its counters", Dropped(), ["a"]);
        Check.Equal("live after bag", Live(), 0u);
    }

    /// Counters from the test inside a record, read here and moved back.
    static void Holders()
    {
        var holder = MakeHolder("h", 10);
        Check.Equal("holder name", holder.name, "h");
        Check.Equal("holder counter", holder.counter.Get(), 10L);
        var spare = holder.spare is { } c ? (c.Label(), c.Get()) : ((string, long)?)null;
        Check.Equal("holder spare", spare, ("h-spare", 11L));
        Check.Equal("live with holder", Live(), 2u);
        Check.Equal("open-holder", OpenHolder(holder), 21L);
        Check.Items("open-holder dropped both", DroppedSorted(), ["h", "h-spare"]);

        var kept = MakeHolder("k", 1);
        kept.counter.Dispose();
        kept.spare?.Dispose();
        Check.Items("holder dropped here", DroppedSorted(), ["k", "k-spare"]);
    }

    /// Counters in lists, options and results.
    static void Containers()
    {
        var many = MakeMany([1, 2, 3]);
        Check.Items("make-many", many.Select(c => c.Get()), [1L, 2L, 3L]);
        many.ForEach(c => c.Dispose());
        Check.Items("make-many dropped", DroppedSorted(), ["many-0", "many-1", "many-2"]);
        var some = Maybe(9);
        Check.Equal("maybe some", some?.Get(), 9L);
        Check.Equal("maybe none", Maybe(null)?.Get(), null);
        some?.Dispose();
        // A function's own result: the error comes as a WitException.
        var tried = TryMake(5);
        Check.Equal("try-make ok", tried.Get(), 5L);
        tried.Dispose();
        string? error = null;
        try
        {
            TryMake(-1).Dispose();
        }
        catch (WitException<string> e)
        {
            error = e.TypedValue;
        }
        Check.Equal("try-make err", error, "negative start: -1");
        Check.Items("option and result dropped", Dropped(), ["maybe", "tried"]);
    }
}
