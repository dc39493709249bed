{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
    out[0] = *v as u64;
}
{%- endif %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    match s[0] {
{%- for c in cases %}
        {{ loop.index0 }} => T{{ head.id }}::{{ c }},
{%- endfor %}
        _ => invalid_discriminant(),
    }
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
    unsafe { ptr.cast::<{{ tag }}>().write(*v as {{ tag }}) }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    match unsafe { ptr.cast::<{{ tag }}>().read() } {
{%- for c in cases %}
        {{ loop.index0 }} => T{{ head.id }}::{{ c }},
{%- endfor %}
{%- if !exhaustive %}
        _ => invalid_discriminant(),
{%- endif %}
    }
}
{%- endif %}
