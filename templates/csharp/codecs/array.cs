{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}(global::System.ReadOnlySpan<{{ element }}> value, ulong* slots, __BinderyCleanup? cleanup)
{
    nint address = __BinderyAbi.Alloc(value.Length * {{ size }}, {{ align }}, cleanup);
    value.CopyTo(new global::System.Span<{{ element }}>((void*)address, value.Length));
    slots[0] = __BinderyAbi.Slot(address);
    slots[1] = (uint)value.Length;
}
{%- endif %}
{%- if head.uses.lift %}

internal static {{ element }}[] Lift_{{ head.base }}(ulong* slots)
{
    nint address = __BinderyAbi.AsPointer(slots[0]);
    int length = __BinderyAbi.AsI32(slots[1]);
    var array = new global::System.ReadOnlySpan<{{ element }}>((void*)address, length).ToArray();
    __BinderyAbi.Free(address);
    return array;
}
{%- endif %}
{%- if head.uses.store %}

internal static void Store_{{ head.base }}(global::System.ReadOnlySpan<{{ element }}> value, nint address, __BinderyCleanup? cleanup)
{
    ulong* slots = stackalloc ulong[2];
    Lower_{{ head.base }}(value, slots, cleanup);
    __BinderyAbi.StorePair(slots, address);
}
{%- endif %}
{%- if head.uses.load %}

internal static {{ element }}[] Load_{{ head.base }}(nint address)
{
    ulong* slots = stackalloc ulong[2];
    __BinderyAbi.LoadPair(address, slots);
    return Lift_{{ head.base }}(slots);
}
{%- endif %}
