// `counters`, owned by C#: each counter's destructor records its label.
// Owned counters the test receives and does not keep or pass on are
// disposed (their handles dropped), which runs the destructor.
namespace TestWorld.wit.Exports.compose.resources;

public class CountersExportsImpl : ICountersExports
{
    static uint live;
    static List<string> dropped = [];

    public class Counter : ICountersExports.Counter, ICountersExports.ICounter
    {
        readonly string label;
        long value;
        bool disposed;

        public Counter(string label, long start)
        {
            this.label = label;
            value = start;
            live++;
        }

        public long Get() => value;

        public void Add(long by) => value += by;

        public string Label() => label;

        public static ICountersExports.Counter FromValues(string label, long[] values) => new Counter(label, values.Sum());

        /// `b` was moved in and is dropped here.
        public static ICountersExports.Counter Merge(ICountersExports.Counter a, ICountersExports.Counter b)
        {
            var (first, second) = ((Counter)a, (Counter)b);
            var merged = new Counter($"{first.label}+{second.label}", first.value + second.value);
            b.Dispose();
            return merged;
        }

        public ICountersExports.Counter Split(string label) => new Counter(label, value);

        /// Runs when the last handle is dropped (through the destructor)
        /// or the test drops the handle it owns.
        protected override void Dispose(bool disposing)
        {
            if (!disposed)
            {
                disposed = true;
                live--;
                dropped.Add(label);
            }
            base.Dispose(disposing);
        }
    }

    public class Bag : ICountersExports.Bag, ICountersExports.IBag
    {
        readonly List<ICountersExports.Counter> counters = [];

        public void Put(ICountersExports.Counter c) => counters.Add(c);

        public ICountersExports.Counter? Take()
        {
            if (counters.Count == 0)
            {
                return null;
            }
            var last = counters[^1];
            counters.RemoveAt(counters.Count - 1);
            return last;
        }

        public uint Size() => (uint)counters.Count;

        public long Total() => counters.Sum(c => ((Counter)c).Get());

        /// The bag's counters go with it.
        protected override void Dispose(bool disposing)
        {
            foreach (var c in counters)
            {
                c.Dispose();
            }
            counters.Clear();
            base.Dispose(disposing);
        }
    }

    public static ICountersExports.Holder MakeHolder(string name, long start) =>
        new(name, new Counter(name, start), new Counter($"{name}-spare", start + 1));

    public static long OpenHolder(ICountersExports.Holder h)
    {
        using var counter = h.counter;
        using var spare = h.spare;
        return ((Counter)counter).Get() + (spare is Counter s ? s.Get() : 0);
    }

    public static long Peek(ICountersExports.Counter c) => ((Counter)c).Get();

    public static long SumBorrowed(List<ICountersExports.Counter> cs) => cs.Sum(c => ((Counter)c).Get());

    public static long Consume(ICountersExports.Counter c)
    {
        using (c)
        {
            return ((Counter)c).Get();
        }
    }

    public static ICountersExports.Counter Pass(ICountersExports.Counter c) => c;

    public static List<ICountersExports.Counter> MakeMany(long[] starts) =>
        starts.Select((start, i) => (ICountersExports.Counter)new Counter($"many-{i}", start)).ToList();

    public static ICountersExports.Counter? Maybe(long? start) => start is { } s ? new Counter("maybe", s) : null;

    public static ICountersExports.Counter TryMake(long start) =>
        start < 0 ? throw new WitException<string>($"negative start: {start}", 0) : new Counter("tried", start);

    public static uint Live() => live;

    public static List<string> Dropped()
    {
        var taken = dropped;
        dropped = [];
        return taken;
    }
}
