{%- if head.uses.lower %}

internal static void Lower_{{ head.base }}({{ head.ty }} value, ulong* slots, __BinderyCleanup? cleanup)
{
{%- match kind %}
{%- when HandleKind::ImportOwn %}
    // The handle moves to the callee: this object no longer owns it.
    slots[0] = (uint)value.Handle;
    value.Handle = 0;
{%- when HandleKind::ImportBorrow %}
    slots[0] = (uint)value.Handle;
{%- when HandleKind::ExportOwn %}
    slots[0] = (uint){{ class }}.__BinderyLowerOwn(value);
{%- when HandleKind::ExportBorrow %}
    slots[0] = (uint){{ class }}.__BinderyRepOf(value);
{%- endmatch %}
}
{%- endif %}
{%- if head.uses.lift %}

internal static {{ head.ty }} Lift_{{ head.base }}(ulong* slots)
{
{%- match kind %}
{%- when HandleKind::ImportOwn %}
    return new {{ class }}(new {{ class }}.THandle(__BinderyAbi.AsI32(slots[0])));
{%- when HandleKind::ImportBorrow %}
    // Lent for the call: dropped when the export returns.
    return __BinderyAbi.Lend(new {{ class }}(new {{ class }}.THandle(__BinderyAbi.AsI32(slots[0]))));
{%- when HandleKind::ExportOwn %}
    return {{ class }}.__BinderyLiftOwn(__BinderyAbi.AsI32(slots[0]));
{%- when HandleKind::ExportBorrow %}
    return {{ class }}.__BinderyLiftBorrow(__BinderyAbi.AsI32(slots[0]));
{%- endmatch %}
}
{%- endif %}
{%- if head.uses.store %}

internal static void Store_{{ head.base }}({{ head.ty }} value, nint address, __BinderyCleanup? cleanup)
{
    ulong slot;
    Lower_{{ head.base }}(value, &slot, cleanup);
    *(uint*)address = (uint)slot;
}
{%- endif %}
{%- if head.uses.load %}

internal static {{ head.ty }} Load_{{ head.base }}(nint address)
{
    ulong slot = *(uint*)address;
    return Lift_{{ head.base }}(&slot);
}
{%- endif %}
