{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}({{ head.ty }} value, ulong* slots, __BinderyCleanup? cleanup)
{
{%- for w in words %}
    slots[{{ w.slot }}] = unchecked((uint)((ulong)({{ repr }})value >> {{ w.shift }}));
{%- endfor %}
}
{%- endif %}
{%- if head.uses.lift %}

internal static {{ head.ty }} Lift_{{ head.base }}(ulong* slots)
{
    ulong bits = 0;
{%- for w in words %}
    bits |= (ulong)(uint)slots[{{ w.slot }}] << {{ w.shift }};
{%- endfor %}
    return unchecked(({{ head.ty }})({{ repr }})bits);
}
{%- endif %}
{%- if head.uses.store %}

internal static void Store_{{ head.base }}({{ head.ty }} value, nint address, __BinderyCleanup? cleanup)
{
{%- if let Some(small) = small %}
    *({{ small }}*)address = unchecked(({{ small }})value);
{%- else %}
{%- for w in words %}
    *(uint*)(address + {{ w.offset }}) = unchecked((uint)((ulong)({{ repr }})value >> {{ w.shift }}));
{%- endfor %}
{%- endif %}
}
{%- endif %}
{%- if head.uses.load %}

internal static {{ head.ty }} Load_{{ head.base }}(nint address)
{
{%- if let Some(small) = small %}
    return unchecked(({{ head.ty }})(*({{ small }}*)address));
{%- else %}
    ulong bits = 0;
{%- for w in words %}
    bits |= (ulong)(*(uint*)(address + {{ w.offset }})) << {{ w.shift }};
{%- endfor %}
    return unchecked(({{ head.ty }})({{ repr }})bits);
{%- endif %}
}
{%- endif %}
