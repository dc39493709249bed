

#[doc(hidden)]
{{ signature }} {
{% include "functions/export_lift.rs" %}
{%- if lent %}
        let _lent = __bindery::take_lent();
{%- endif %}
        __bindery::start_task(async move {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "{{ task_module }}")]
            unsafe extern "C" {
                #[link_name = "{{ task_cancel }}"]
                fn __bindery_task_cancel();
                #[link_name = "{{ task_return }}"]
                {{ task_declaration|indent(16) }};
            }
            #[cfg(not(target_arch = "wasm32"))]
            unsafe extern "C" fn __bindery_task_cancel() {
                unreachable!()
            }
            #[cfg(not(target_arch = "wasm32"))]
            {{ task_stub|indent(12) }} {
                unreachable!()
            }
            unsafe extern "C" fn __bindery_cancel() {
                unsafe { __bindery_task_cancel() }
            }
            let _guard = __bindery::TaskCancelOnDrop(__bindery_cancel);
{%- match returned %}
{%- when Returned::None %}
            {{ call|indent(12) }};
{%- if lent %}
            drop(_lent);
{%- endif %}
{%- when Returned::Flat with { lower, slots, conversions } %}
            let _r = {{ call|indent(12) }};
{%- if lent %}
            drop(_lent);
{%- endif %}
            let mut _cx = __bindery::Cleanup::default();
            let mut _t = [0u64; {{ slots }}];
            __bindery::{{ lower }}(&_r, &mut _t, &mut _cx);
{%- for a in conversions %}
            let _a{{ a.slot }} = __bindery::to_{{ a.conversion }}(_t[{{ a.slot }}]);
{%- endfor %}
{%- when Returned::Area with { store, size, align } %}
            let _r = {{ call|indent(12) }};
{%- if lent %}
            drop(_lent);
{%- endif %}
            let mut _cx = __bindery::Cleanup::default();
            let _area = _cx.alloc({{ size }}, {{ align }});
            __bindery::{{ store }}(&_r, _area, &mut _cx);
{%- endmatch %}
            {{ task_call|indent(12) }};
            _guard.forget();
        })
    }
}

#[doc(hidden)]
{{ callback_signature }} {
    unsafe { __bindery::callback(event, waitable, code) }
}
