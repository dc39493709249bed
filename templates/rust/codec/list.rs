{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
{%- if plain %}
    out[0] = v.as_ptr() as usize as u64;
{%- else %}
    let base = cx.alloc({{ bytes_of_v }}, {{ align }});
    for (i, e) in v.iter().enumerate() {
        unsafe { {{ element_store }}(e, base.add({{ offset_of_i }}), cx) };
    }
    out[0] = base as usize as u64;
{%- endif %}
    out[1] = v.len() as u64;
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
{%- if plain %}
    let base = v.as_ptr() as usize;
{%- else %}
    let base = cx.alloc({{ bytes_of_v }}, {{ align }});
    for (i, e) in v.iter().enumerate() {
        unsafe { {{ element_store }}(e, base.add({{ offset_of_i }}), cx) };
    }
    let base = base as usize;
{%- endif %}
    unsafe {
        ptr.cast::<usize>().write(base);
        ptr.add(4).cast::<usize>().write(v.len());
    }
}
{%- endif %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    unsafe { list_{{ head.id }}(s[0] as usize as *mut u8, s[1] as usize) }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    unsafe {
        let base = ptr.cast::<*mut u8>().read();
        list_{{ head.id }}(base, ptr.add(4).cast::<usize>().read())
    }
}
{%- endif %}
{%- if head.lift || head.load %}

unsafe fn list_{{ head.id }}(base: *mut u8, len: usize) -> {{ head.result }} {
{%- if plain %}
    unsafe { adopt(base.cast(), len) }
{%- else %}
    let mut list = Vec::with_capacity(len);
    for i in 0..len {
        list.push(unsafe { {{ element_load }}(base.add({{ offset_of_i }})) });
    }
    unsafe { free(base, {{ bytes_of_len }}, {{ align }}) };
    list
{%- endif %}
}
{%- endif %}
