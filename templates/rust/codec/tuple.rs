{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
    unsafe {
{%- for e in elements %}
        {{ e.lower }}({{ e.pass }}v.{{ e.index }}, &mut out[{{ e.slots }}], cx);
{%- endfor %}
    }
}
{%- endif %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    unsafe {
{%- for e in elements %}
        let e{{ e.index }} = {{ e.lift }}(&s[{{ e.slots }}]);
{%- endfor %}
        {{ value }}
    }
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
    unsafe {
{%- for e in elements %}
        {{ e.store }}({{ e.pass }}v.{{ e.index }}, {{ e.at }}, cx);
{%- endfor %}
    }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    unsafe {
{%- for e in elements %}
        let e{{ e.index }} = {{ e.load }}({{ e.at }});
{%- endfor %}
        {{ value }}
    }
}
{%- endif %}
