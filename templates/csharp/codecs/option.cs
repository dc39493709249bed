{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}({{ head.ty }} value, ulong* slots, __BinderyCleanup? cleanup)
{
{%- if class %}
    if (value.HasValue)
    {
        slots[0] = 1;
        {{ part.lower() }}(value.Value, slots + 1, cleanup);
    }
{%- else %}
    if (value is { } some)
    {
        slots[0] = 1;
        {{ part.lower() }}(some, slots + 1, cleanup);
    }
{%- endif %}
    else
    {
        slots[0] = 0;
    }
}
{%- endif %}
{%- if head.uses.lift %}

internal static {{ head.ty }} Lift_{{ head.base }}(ulong* slots)
{
    if (slots[0] == 0)
    {
        return {{ none }};
    }
    return {{ some_open }}{{ part.lift() }}(slots + 1){{ some_close }};
}
{%- endif %}
{%- if head.uses.store %}

internal static void Store_{{ head.base }}({{ head.ty }} value, nint address, __BinderyCleanup? cleanup)
{
{%- if class %}
    if (value.HasValue)
    {
        *(byte*)address = 1;
        {{ part.store() }}(value.Value, address + {{ payload_offset }}, cleanup);
    }
{%- else %}
    if (value is { } some)
    {
        *(byte*)address = 1;
        {{ part.store() }}(some, address + {{ payload_offset }}, cleanup);
    }
{%- endif %}
    else
    {
        *(byte*)address = 0;
    }
}
{%- endif %}
{%- if head.uses.load %}

internal static {{ head.ty }} Load_{{ head.base }}(nint address)
{
    if (*(byte*)address == 0)
    {
        return {{ none }};
    }
    return {{ some_open }}{{ part.load() }}(address + {{ payload_offset }}){{ some_close }};
}
{%- endif %}
