

#[doc(hidden)]
{{ signature }} {
    unsafe {
        __bindery::run_ctors_once();
{%- if slots > 0 %}
        let mut _s = [0u64; {{ slots }}];
{%- endif %}
{%- for a in args %}
        _s[{{ a.slot }}] = __bindery::of_{{ a.conversion }}(arg{{ a.slot }});
{%- endfor %}
{%- match indirect %}
{%- when Some(area) %}
{%- for l in loads %}
        let _p{{ l.param }} = __bindery::{{ l.function }}({{ l.at }});
{%- endfor %}
        __bindery::free(arg0, {{ area.size }}, {{ area.align }});
{%- when None %}
{%- for l in lifts %}
        let _p{{ l.param }} = __bindery::{{ l.function }}(&_s[{{ l.slots }}]);
{%- endfor %}
{%- endmatch %}
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
