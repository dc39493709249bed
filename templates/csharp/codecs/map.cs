{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}({{ head.ty }} value, ulong* slots, __BinderyCleanup? cleanup)
{
    int length = value.Count;
    nint address = __BinderyAbi.Alloc(length * {{ size }}, {{ align }}, cleanup);
    int i = 0;
    foreach (var entry in value)
    {
        nint at = address + i * {{ size }};
        {{ key.store() }}(entry.Key, at, cleanup);
        {{ value.store() }}(entry.Value, at + {{ value_offset }}, cleanup);
        i++;
    }
    slots[0] = __BinderyAbi.Slot(address);
    slots[1] = (uint)length;
}
{%- endif %}
{%- if head.uses.lift %}

internal static {{ head.ty }} Lift_{{ head.base }}(ulong* slots)
{
    nint address = __BinderyAbi.AsPointer(slots[0]);
    int length = __BinderyAbi.AsI32(slots[1]);
    var map = new {{ head.ty }}(length);
    for (int i = 0; i < length; i++)
    {
        nint at = address + i * {{ size }};
        var key = {{ key.load() }}(at);
        map[key] = {{ value.load() }}(at + {{ value_offset }});
    }
    __BinderyAbi.Free(address);
    return map;
}
{%- endif %}
{%- if head.uses.store %}

internal static void Store_{{ head.base }}({{ head.ty }} value, nint address, __BinderyCleanup? cleanup)
{
    ulong* slots = stackalloc ulong[2];
    Lower_{{ head.base }}(value, slots, cleanup);
    __BinderyAbi.StorePair(slots, address);
}
{%- endif %}
{%- if head.uses.load %}

internal static {{ head.ty }} Load_{{ head.base }}(nint address)
{
    ulong* slots = stackalloc ulong[2];
    __BinderyAbi.LoadPair(address, slots);
    return Lift_{{ head.base }}(slots);
}
{%- endif %}
