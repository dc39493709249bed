{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}({{ head.ty }} value, ulong* slots, __BinderyCleanup? cleanup)
{
    int length = value.Count;
    nint address = __BinderyAbi.Alloc(length * {{ size }}, {{ align }}, cleanup);
    for (int i = 0; i < length; i++)
    {
        {{ part.store() }}(value[i], address + i * {{ size }}, cleanup);
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
    var list = new {{ head.ty }}(length);
    for (int i = 0; i < length; i++)
    {
        list.Add({{ part.load() }}(address + i * {{ size }}));
    }
    __BinderyAbi.Free(address);
    return list;
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
