

#[doc(hidden)]
{{ signature }} {
{% include "functions/export_lift.rs" %}
{%- match result %}
{%- when ExportResult::None %}
        {{ call|indent(8) }};
{%- if lent %}
        __bindery::drop_lent();
{%- endif %}
{%- when ExportResult::Flat with { lower, conversion, keep } %}
        let _r = {{ call|indent(8) }};
{%- if lent %}
        __bindery::drop_lent();
{%- endif %}
        let mut _cx = __bindery::Cleanup::default();
        let mut _t = [0u64; 1];
        __bindery::{{ lower }}(&_r, &mut _t, &mut _cx);
{%- if keep %}
        __bindery::keep(_r, _cx);
{%- endif %}
        __bindery::to_{{ conversion }}(_t[0])
{%- when ExportResult::Area with { store, keep } %}
        let _r = {{ call|indent(8) }};
{%- if lent %}
        __bindery::drop_lent();
{%- endif %}
        let mut _cx = __bindery::Cleanup::default();
        let _ret = __bindery::ret_area();
        __bindery::{{ store }}(&_r, _ret, &mut _cx);
{%- if keep %}
        __bindery::keep(_r, _cx);
{%- endif %}
        _ret
{%- endmatch %}
    }
}
