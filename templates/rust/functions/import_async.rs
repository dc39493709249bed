

{% for line in docs %}{{ line }}
{% endfor %}{{ signature }} {
{%- for param in params %}
    let _p{{ loop.index0 }} = &{{ param }};
{%- endfor %}
    unsafe {
{%- include "functions/import_lower.rs" %}
{%- match drop_result %}
{%- when Some(load) %}
        unsafe fn _drop(ptr: *mut u8) {
            let _ = unsafe { __bindery::{{ load }}(ptr) };
        }
{%- when None %}
{%- endmatch %}
        {{ call|indent(8) }};
        let _call = __bindery::ImportCall::new(_status, {{ ret }}, {{ drop_arg }});
        _call.await;
{%- match result %}
{%- when ImportResult::Area with { load } %}
        __bindery::{{ load }}(_ret)
{%- else %}
{%- endmatch %}
    }
}
