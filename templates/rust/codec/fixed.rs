{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
    for (i, e) in v.iter().enumerate() {
        unsafe { {{ element_lower }}(e, &mut out[{{ slots_of_i }}], cx) };
    }
}
{%- endif %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    core::array::from_fn(|i| unsafe { {{ element_lift }}(&s[{{ slots_of_i }}]) })
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
    for (i, e) in v.iter().enumerate() {
        unsafe { {{ element_store }}(e, ptr.add({{ offset_of_i }}), cx) };
    }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    core::array::from_fn(|i| unsafe { {{ element_load }}(ptr.add({{ offset_of_i }})) })
}
{%- endif %}
