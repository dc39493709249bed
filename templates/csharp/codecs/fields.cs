{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}({{ head.ty }} value, ulong* slots, __BinderyCleanup? cleanup)
{
{%- for m in members %}
    {{ m.part.lower() }}({{ m.read }}, slots + {{ m.slot }}, cleanup);
{%- endfor %}
}
{%- endif %}
{%- if head.uses.lift %}

internal static {{ head.ty }} Lift_{{ head.base }}(ulong* slots)
{
    return {{ make_open }}{% for m in members %}{{ m.part.lift() }}(slots + {{ m.slot }}){% if !loop.last %}, {% endif %}{% endfor %}{{ make_close }};
}
{%- endif %}
{%- if head.uses.store %}

internal static void Store_{{ head.base }}({{ head.ty }} value, nint address, __BinderyCleanup? cleanup)
{
{%- for m in members %}
    {{ m.part.store() }}({{ m.read }}, address + {{ m.offset }}, cleanup);
{%- endfor %}
}
{%- endif %}
{%- if head.uses.load %}

internal static {{ head.ty }} Load_{{ head.base }}(nint address)
{
    return {{ make_open }}{% for m in members %}{{ m.part.load() }}(address + {{ m.offset }}){% if !loop.last %}, {% endif %}{% endfor %}{{ make_close }};
}
{%- endif %}
