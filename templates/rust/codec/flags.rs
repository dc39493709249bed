{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
    out[0] = v.bits() as u64;
}
{%- endif %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    T{{ head.id }}::from_bits_retain(s[0] as {{ bits }})
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
    unsafe { ptr.cast::<{{ bits }}>().write(v.bits()) }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    T{{ head.id }}::from_bits_retain(unsafe { ptr.cast::<{{ bits }}>().read() })
}
{%- endif %}
