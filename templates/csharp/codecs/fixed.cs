{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}({{ head.ty }} value, ulong* slots, __BinderyCleanup? cleanup)
{
    __BinderyAbi.CheckLength(value.Length, {{ length }});
    for (int i = 0; i < {{ length }}; i++)
    {
        {{ part.lower() }}(value[i], slots + i * {{ stride }}, cleanup);
    }
}
{%- endif %}
{%- if head.uses.lift %}

internal static {{ head.ty }} Lift_{{ head.base }}(ulong* slots)
{
    var array = global::System.GC.AllocateArray<{{ element }}>({{ length }});
    for (int i = 0; i < {{ length }}; i++)
    {
        array[i] = {{ part.lift() }}(slots + i * {{ stride }});
    }
    return array;
}
{%- endif %}
{%- if head.uses.store %}

internal static void Store_{{ head.base }}({{ head.ty }} value, nint address, __BinderyCleanup? cleanup)
{
    __BinderyAbi.CheckLength(value.Length, {{ length }});
    for (int i = 0; i < {{ length }}; i++)
    {
        {{ part.store() }}(value[i], address + i * {{ size }}, cleanup);
    }
}
{%- endif %}
{%- if head.uses.load %}

internal static {{ head.ty }} Load_{{ head.base }}(nint address)
{
    var array = global::System.GC.AllocateArray<{{ element }}>({{ length }});
    for (int i = 0; i < {{ length }}; i++)
    {
        array[i] = {{ part.load() }}(address + i * {{ size }});
    }
    return array;
}
{%- endif %}
