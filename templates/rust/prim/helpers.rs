{%- if lower %}

pub unsafe fn lower_{{ name }}(v: &{{ param }}, out: &mut [u64], cx: &mut Cleanup) {
{%- match class %}
{%- when PrimClass::Unsigned %}
    out[0] = *v as u64;
{%- when PrimClass::Signed %}
    out[0] = *v as u32 as u64;
{%- when PrimClass::U64 %}
    out[0] = *v;
{%- when PrimClass::I64 %}
    out[0] = *v as u64;
{%- when PrimClass::Bool %}
    out[0] = *v as u64;
{%- when PrimClass::Char %}
    out[0] = *v as u64;
{%- when PrimClass::F32 %}
    out[0] = v.to_bits() as u64;
{%- when PrimClass::F64 %}
    out[0] = v.to_bits();
{%- when PrimClass::Str %}
    out[0] = v.as_ptr() as usize as u64;
    out[1] = v.len() as u64;
{%- when PrimClass::ErrorContext %}
    out[0] = v.handle() as u64;
{%- endmatch %}
}
{%- endif %}
{%- if lift %}

pub unsafe fn lift_{{ name }}(s: &[u64]) -> {{ rust }} {
{%- match class %}
{%- when PrimClass::Unsigned %}
    s[0] as {{ rust }}
{%- when PrimClass::Signed %}
    s[0] as {{ rust }}
{%- when PrimClass::U64 %}
    s[0]
{%- when PrimClass::I64 %}
    s[0] as i64
{%- when PrimClass::Bool %}
    s[0] as u32 != 0
{%- when PrimClass::Char %}
    char_lift(s[0] as u32)
{%- when PrimClass::F32 %}
    f32::from_bits(s[0] as u32)
{%- when PrimClass::F64 %}
    f64::from_bits(s[0])
{%- when PrimClass::Str %}
    unsafe { String::from_utf8_unchecked(adopt(s[0] as usize as *mut u8, s[1] as usize)) }
{%- when PrimClass::ErrorContext %}
    unsafe { {{ rust }}::from_handle(s[0] as u32) }
{%- endmatch %}
}
{%- endif %}
{%- if store %}

pub unsafe fn store_{{ name }}(v: &{{ param }}, ptr: *mut u8, cx: &mut Cleanup) {
{%- match class %}
{%- when PrimClass::Bool %}
    unsafe { ptr.cast::<u8>().write(*v as u8) }
{%- when PrimClass::Char %}
    unsafe { ptr.cast::<u32>().write(*v as u32) }
{%- when PrimClass::Str %}
    unsafe {
        ptr.cast::<usize>().write(v.as_ptr() as usize);
        ptr.add(4).cast::<usize>().write(v.len());
    }
{%- when PrimClass::ErrorContext %}
    unsafe { ptr.cast::<u32>().write(v.handle()) }
{%- else %}
    unsafe { ptr.cast::<{{ rust }}>().write(*v) }
{%- endmatch %}
}
{%- endif %}
{%- if load %}

pub unsafe fn load_{{ name }}(ptr: *mut u8) -> {{ rust }} {
{%- match class %}
{%- when PrimClass::Bool %}
    unsafe { ptr.cast::<u8>().read() != 0 }
{%- when PrimClass::Char %}
    char_lift(unsafe { ptr.cast::<u32>().read() })
{%- when PrimClass::Str %}
    unsafe {
        let base = ptr.cast::<*mut u8>().read();
        let len = ptr.add(4).cast::<usize>().read();
        String::from_utf8_unchecked(adopt(base, len))
    }
{%- when PrimClass::ErrorContext %}
    unsafe { {{ rust }}::from_handle(ptr.cast::<u32>().read()) }
{%- else %}
    unsafe { ptr.cast::<{{ rust }}>().read() }
{%- endmatch %}
}
{%- endif %}
