{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
{%- if owned && lending %}
    let handle = if super::wit_bindgen::lending() {
        v.handle()
    } else {
        v.take_handle()
    };
    out[0] = handle as u64;
{%- elif owned %}
    out[0] = v.take_handle() as u64;
{%- else %}
    out[0] = v.handle() as u64;
{%- endif %}
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
{%- if owned && lending %}
    let handle = if super::wit_bindgen::lending() {
        v.handle()
    } else {
        v.take_handle()
    };
    unsafe { ptr.cast::<u32>().write(handle) }
{%- elif owned %}
    unsafe { ptr.cast::<u32>().write(v.take_handle()) }
{%- else %}
    unsafe { ptr.cast::<u32>().write(v.handle()) }
{%- endif %}
}
{%- endif %}
{%- match target %}
{%- when HandleTarget::Own %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    unsafe { T{{ head.id }}::from_handle(s[0] as u32) }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    unsafe { T{{ head.id }}::from_handle(ptr.cast::<u32>().read()) }
}
{%- endif %}
{%- when HandleTarget::Lent { resource, import } %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
{%- if let Some(path) = import %}
    use {{ path }} as _Resource;
{%- endif %}
    unsafe { lend({{ resource }}::from_handle(s[0] as u32)) }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
{%- if let Some(path) = import %}
    use {{ path }} as _Resource;
{%- endif %}
    unsafe { lend({{ resource }}::from_handle(ptr.cast::<u32>().read())) }
}
{%- endif %}
{%- when HandleTarget::Rep %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    unsafe { T{{ head.id }}::lift(s[0] as usize) }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    unsafe { T{{ head.id }}::lift(ptr.cast::<u32>().read() as usize) }
}
{%- endif %}
{%- endmatch %}
