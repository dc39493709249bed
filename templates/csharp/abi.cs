/// <summary>
/// bindery's Canonical ABI helpers for this world's glue. Not part of the
/// bindings' API: nothing here is meant to be called by guest code.
/// </summary>
internal static unsafe class __BinderyAbi
{
    internal static ulong Slot(int value) => unchecked((uint)value);

    internal static ulong Slot(long value) => unchecked((ulong)value);

    internal static ulong Slot(float value) => unchecked((uint)global::System.BitConverter.SingleToInt32Bits(value));

    internal static ulong Slot(double value) => unchecked((ulong)global::System.BitConverter.DoubleToInt64Bits(value));

    internal static ulong Slot(nint value) => unchecked((ulong)(nuint)value);

    internal static int AsI32(ulong slot) => unchecked((int)slot);

    internal static long AsI64(ulong slot) => unchecked((long)slot);

    internal static float AsF32(ulong slot) => global::System.BitConverter.Int32BitsToSingle(unchecked((int)slot));

    internal static double AsF64(ulong slot) => global::System.BitConverter.Int64BitsToDouble(unchecked((long)slot));

    internal static nint AsPointer(ulong slot) => unchecked((nint)(nuint)slot);

    /// <summary>
    /// A block for a lowered string or list, freed with <c>cleanup</c>
    /// (after an import call, or in an export's post-return).
    /// </summary>
    internal static nint Alloc(int size, int align, __BinderyCleanup? cleanup)
    {
        if (size == 0)
        {
            return 0;
        }
        if (cleanup is null)
        {
            throw new global::System.InvalidOperationException("bindery: a block was allocated with nothing to free it");
        }
        nint address = (nint)global::System.Runtime.InteropServices.NativeMemory.AlignedAlloc((nuint)size, (nuint)align);
        cleanup.Add(address);
        return address;
    }

    /// <summary>
    /// Frees a block the other side allocated with <c>cabi_realloc</c>
    /// (the runtime's, backed by <c>malloc</c>) once it has been read.
    /// </summary>
    internal static void Free(nint address) => global::System.Runtime.InteropServices.NativeMemory.Free((void*)address);

    internal static nint Align(void* buffer, int align) => ((nint)buffer + (align - 1)) & ~(nint)(align - 1);

    /// <summary>A pointer and a length in memory: two 32-bit words.</summary>
    internal static void StorePair(ulong* slots, nint address)
    {
        *(uint*)address = unchecked((uint)slots[0]);
        *(uint*)(address + 4) = unchecked((uint)slots[1]);
    }

    internal static void LoadPair(nint address, ulong* slots)
    {
        slots[0] = *(uint*)address;
        slots[1] = *(uint*)(address + 4);
    }
{%- if fixed_lists %}

    internal static void CheckLength(int actual, int expected)
    {
        if (actual != expected)
        {
            throw new global::System.ArgumentException("expected an array of " + expected + " elements, got " + actual);
        }
    }
{%- endif %}
{%- if return_area > 0 %}

    /// <summary>Where exported functions return results the host reads.</summary>
    internal static readonly nint ReturnArea = (nint)global::System.Runtime.InteropServices.NativeMemory.AlignedAlloc({{ return_area }}, 8);
{%- endif %}
{%- if post_return %}

    /// <summary>What an export's result allocated, freed in its post-return.</summary>
    internal static readonly __BinderyCleanup PostReturn = new __BinderyCleanup();
{%- endif %}
{%- if lends %}

    private static readonly global::System.Collections.Generic.List<global::System.IDisposable> lent = new();

    /// <summary>A borrowed handle an export received: dropped when it returns.</summary>
    internal static T Lend<T>(T handle) where T : global::System.IDisposable
    {
        lent.Add(handle);
        return handle;
    }

    internal static void DropLent()
    {
        foreach (var handle in lent)
        {
            handle.Dispose();
        }
        lent.Clear();
    }
{%- endif %}
{%- for p in prims %}
{%- match p.op %}
{%- when Op::Lower %}

    internal static void Lower{{ p.code.name }}({{ p.code.cs }} value, ulong* slots, __BinderyCleanup? cleanup)
    {
        slots[0] = unchecked({{ p.code.lower }});
    }
{%- when Op::Lift %}

    internal static {{ p.code.cs }} Lift{{ p.code.name }}(ulong* slots)
    {
        return unchecked({{ p.code.lift }});
    }
{%- when Op::Store %}

    internal static void Store{{ p.code.name }}({{ p.code.cs }} value, nint address, __BinderyCleanup? cleanup)
    {
        *({{ p.code.memory }}*)address = {{ p.code.store }};
    }
{%- when Op::Load %}

    internal static {{ p.code.cs }} Load{{ p.code.name }}(nint address)
    {
        return {{ p.code.load }};
    }
{%- endmatch %}
{%- endfor %}
{%- if string.lower %}

    internal static void LowerString(string value, ulong* slots, __BinderyCleanup? cleanup)
    {
        int length = global::System.Text.Encoding.UTF8.GetByteCount(value);
        nint address = Alloc(length, 1, cleanup);
        global::System.Text.Encoding.UTF8.GetBytes(value, new global::System.Span<byte>((void*)address, length));
        slots[0] = Slot(address);
        slots[1] = (uint)length;
    }
{%- endif %}
{%- if string.lift %}

    internal static string LiftString(ulong* slots)
    {
        nint address = AsPointer(slots[0]);
        string value = global::System.Text.Encoding.UTF8.GetString((byte*)address, AsI32(slots[1]));
        Free(address);
        return value;
    }
{%- endif %}
{%- if string.store %}

    internal static void StoreString(string value, nint address, __BinderyCleanup? cleanup)
    {
        ulong* slots = stackalloc ulong[2];
        LowerString(value, slots, cleanup);
        StorePair(slots, address);
    }
{%- endif %}
{%- if string.load %}

    internal static string LoadString(nint address)
    {
        ulong* slots = stackalloc ulong[2];
        LoadPair(address, slots);
        return LiftString(slots);
    }
{%- endif %}
}

/// <summary>Blocks bindery allocated for one call, freed together.</summary>
internal sealed unsafe class __BinderyCleanup
{
    private readonly global::System.Collections.Generic.List<nint> blocks = new();

    internal void Add(nint address) => blocks.Add(address);

    internal void Free()
    {
        foreach (var address in blocks)
        {
            global::System.Runtime.InteropServices.NativeMemory.AlignedFree((void*)address);
        }
        blocks.Clear();
    }
}
{%- if rep_table %}

/// <summary>
/// The objects behind the handles of a resource the guest implements: the
/// host holds a handle, the guest the object, and the rep (an index here)
/// joins them.
/// </summary>
internal sealed class __BinderyRepTable<T> where T : class
{
    private readonly global::System.Collections.Generic.List<T?> items = new();
    private readonly global::System.Collections.Generic.Stack<int> vacant = new();

    internal int Add(T value)
    {
        if (vacant.Count > 0)
        {
            int rep = vacant.Pop();
            items[rep] = value;
            return rep;
        }
        items.Add(value);
        return items.Count - 1;
    }

    internal T Get(int rep)
    {
        if (rep < 0 || rep >= items.Count || items[rep] is not { } value)
        {
            throw new global::System.ArgumentException("bindery: no resource with rep " + rep);
        }
        return value;
    }

    internal T Remove(int rep)
    {
        T value = Get(rep);
        items[rep] = null;
        vacant.Push(rep);
        return value;
    }
}
{%- endif %}
