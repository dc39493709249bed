{%- if head.lower || head.store %}

unsafe fn entries_{{ head.id }}(v: &{{ head.param }}, cx: &mut Cleanup) -> usize {
    let base = cx.alloc({{ bytes_of_v }}, {{ align }});
    for (i, (key, value)) in v.iter().enumerate() {
        unsafe {
            let entry = base.add({{ offset_of_i }});
            {{ key_store }}(key, entry, cx);
            {{ value_store }}(value, entry.add({{ value_offset }}), cx);
        }
    }
    base as usize
}
{%- endif %}
{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
    out[0] = unsafe { entries_{{ head.id }}(v, cx) } as u64;
    out[1] = v.len() as u64;
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
    unsafe {
        ptr.cast::<usize>().write(entries_{{ head.id }}(v, cx));
        ptr.add(4).cast::<usize>().write(v.len());
    }
}
{%- endif %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    unsafe { map_{{ head.id }}(s[0] as usize as *mut u8, s[1] as usize) }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    unsafe {
        let base = ptr.cast::<*mut u8>().read();
        map_{{ head.id }}(base, ptr.add(4).cast::<usize>().read())
    }
}
{%- endif %}
{%- if head.lift || head.load %}

unsafe fn map_{{ head.id }}(base: *mut u8, len: usize) -> {{ head.result }} {
    let mut map = {{ alloc }}::collections::BTreeMap::new();
    for i in 0..len {
        unsafe {
            let entry = base.add({{ offset_of_i }});
            map.insert({{ key_load }}(entry), {{ value_load }}(entry.add({{ value_offset }})));
        }
    }
    unsafe { free(base, {{ bytes_of_len }}, {{ align }}) };
    map
}
{%- endif %}
