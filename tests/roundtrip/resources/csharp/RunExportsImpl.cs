// A gadget resource implemented by the guest, and the host's counter used
// every way the world allows. Imported resources are IDisposable: owned
// handles the guest receives and does not pass on are disposed (dropped).
using ResourcesWorld.wit.Imports.test.resources;
using Counter = ResourcesWorld.wit.Imports.test.resources.IHostImports.Counter;

namespace ResourcesWorld.wit.Exports.test.resources;

public class RunExportsImpl : IRunExports
{
    static uint liveGadgets;

    /// The exported resource: a label, and maybe a host counter it keeps
    /// until it is dropped itself.
    public class Gadget : IRunExports.Gadget, IRunExports.IGadget
    {
        string label;
        Counter? counter;
        bool disposed;

        public Gadget(string label)
        {
            this.label = label;
            liveGadgets++;
        }

        public string Label() => label;

        public void Rename(string label) => this.label = label;

        /// A gadget labelled `a+b`; `b` was moved in and is dropped.
        public static IRunExports.Gadget Merge(IRunExports.Gadget a, IRunExports.Gadget b)
        {
            var merged = new Gadget(((Gadget)a).label + "+" + ((Gadget)b).label);
            b.Dispose();
            return merged;
        }

        public void Attach(Counter c)
        {
            counter?.Dispose();
            counter = c;
        }

        public uint? Attached() => counter?.Get();

        /// Runs when the host drops the gadget's last handle (through the
        /// destructor) or the guest drops the handle it owns.
        protected override void Dispose(bool disposing)
        {
            if (!disposed)
            {
                disposed = true;
                liveGadgets--;
                counter?.Dispose();
                counter = null;
            }
            base.Dispose(disposing);
        }
    }

    public static uint LiveGadgets() => liveGadgets;

    public static IRunExports.Gadget PassGadget(IRunExports.Gadget g) => g;

    public static string GadgetLabel(IRunExports.Gadget g) => ((Gadget)g).Label();

    public static Counter NewCounter(uint start) => new Counter(start);

    public static Counter MakeCounter(uint start) => Counter.Make(start);

    public static (uint, uint) ReadCounter(Counter c) => (c.Get(), IHostImports.Peek(c));

    public static void BumpCounter(Counter c, uint by) => c.Set(c.Get() + by);

    public static uint ConsumeCounter(Counter c) => IHostImports.Consume(c);

    public static void DropCounter(Counter c) => c.Dispose();

    public static Counter ReturnCounter(Counter c) => c;

    public static uint ScratchCounter(uint start)
    {
        using var c = new Counter(start);
        return c.Get();
    }

    public static uint SumCounters(List<Counter> cs)
    {
        uint sum = 0;
        foreach (var c in cs)
        {
            sum += c.Get();
            c.Dispose();
        }
        return sum;
    }

    public static List<Counter> MakeCounters(uint[] starts) => starts.Select(start => new Counter(start)).ToList();

    public static IRunExports.Gadget? MaybeGadget(string label) => label == "" ? null : new Gadget(label);

    public static List<string> Labels(List<IRunExports.Gadget> gs) => gs.Select(g => ((Gadget)g).Label()).ToList();

    public static uint[] PeekAll(List<Counter> cs) => cs.Select(IHostImports.Peek).ToArray();

    public static IRunExports.Pack PackCounter(string label, uint start) => new IRunExports.Pack(label, new Counter(start));

    public static (string, uint) Unpack(IRunExports.Pack p)
    {
        using var counter = p.counter;
        return (p.label, counter.Get());
    }

    public static IRunExports.Gadget TryGadget(string label)
    {
        if (label == "")
        {
            throw new WitException<string>("empty label", 0);
        }
        return new Gadget(label);
    }
}
