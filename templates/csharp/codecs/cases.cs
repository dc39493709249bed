{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}({{ head.ty }} value, ulong* slots, __BinderyCleanup? cleanup)
{
    switch (value.Tag)
    {
{%- for c in cases %}
        case {{ c.index }}:
            slots[0] = {{ c.index }};
{%- if let Some(p) = c.payload %}
            {{ p.part.lower() }}({{ c.read }}, slots + 1, cleanup);
{%- endif %}
            break;
{%- endfor %}
        default:
            throw new global::System.ArgumentException("invalid discriminant: " + value.Tag);
    }
}
{%- endif %}
{%- if head.uses.lift %}

internal static {{ head.ty }} Lift_{{ head.base }}(ulong* slots)
{
    switch (slots[0])
    {
{%- for c in cases %}
        case {{ c.index }}:
{%- if let Some(p) = c.payload %}
            return {{ c.make_open }}{{ p.part.lift() }}(slots + 1){{ c.make_close }};
{%- else %}
            return {{ c.make_open }}{{ c.make_close }};
{%- endif %}
{%- endfor %}
        default:
            throw new global::System.ArgumentException("invalid discriminant: " + slots[0]);
    }
}
{%- endif %}
{%- if head.uses.store %}

internal static void Store_{{ head.base }}({{ head.ty }} value, nint address, __BinderyCleanup? cleanup)
{
    switch (value.Tag)
    {
{%- for c in cases %}
        case {{ c.index }}:
            *({{ tag }}*)address = {{ c.index }};
{%- if let Some(p) = c.payload %}
            {{ p.part.store() }}({{ c.read }}, address + {{ payload_offset }}, cleanup);
{%- endif %}
            break;
{%- endfor %}
        default:
            throw new global::System.ArgumentException("invalid discriminant: " + value.Tag);
    }
}
{%- endif %}
{%- if head.uses.load %}

internal static {{ head.ty }} Load_{{ head.base }}(nint address)
{
    switch (*({{ tag }}*)address)
    {
{%- for c in cases %}
        case {{ c.index }}:
{%- if let Some(p) = c.payload %}
            return {{ c.make_open }}{{ p.part.load() }}(address + {{ payload_offset }}){{ c.make_close }};
{%- else %}
            return {{ c.make_open }}{{ c.make_close }};
{%- endif %}
{%- endfor %}
        default:
            throw new global::System.ArgumentException("invalid discriminant: " + *({{ tag }}*)address);
    }
}
{%- endif %}
