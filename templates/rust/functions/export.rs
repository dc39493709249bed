{%- macro keep_result(keep) %}
{%- if let Some(keep) = keep %}
{%- if keep.with_cleanup %}
        __bindery::keep_with::<{{ keep.kept }}>(_r, _cx);
{%- else %}
        __bindery::keep::<{{ keep.kept }}>(_r);
{%- endif %}
{%- endif %}
{%- endmacro %}

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
{%- call keep_result(keep) %}{%- endcall %}
        __bindery::to_{{ conversion }}(_t[0])
{%- when ExportResult::Area with { store, keep } %}
        let _r = {{ call|indent(8) }};
{%- if lent %}
        __bindery::drop_lent();
{%- endif %}
        let mut _cx = __bindery::Cleanup::default();
        let _ret = __bindery::ret_area();
        __bindery::{{ store }}(&_r, _ret, &mut _cx);
{%- call keep_result(keep) %}{%- endcall %}
        _ret
{%- when ExportResult::Handover with (handover) %}
        let _r = {{ call|indent(8) }};
{%- if lent %}
        __bindery::drop_lent();
{%- endif %}
        let _ret = __bindery::ret_area();
{%- if handover.string %}
        __bindery::hand_over::<u8>(_r.into_bytes(), _ret);
{%- else %}
        __bindery::hand_over::<{{ handover.element }}>(_r, _ret);
{%- endif %}
        _ret
{%- endmatch %}
    }
}
{%- if let Some(post) = post_return %}

/// Frees the result the export above handed to the host.
#[doc(hidden)]
pub unsafe fn {{ post.name }}({{ post.param }}) {
{%- match post.frees %}
{%- when Frees::Kept(keep) %}
{%- if keep.with_cleanup %}
    unsafe { __bindery::release_with::<{{ keep.kept }}>() }
{%- else %}
    unsafe { __bindery::release::<{{ keep.kept }}>() }
{%- endif %}
{%- when Frees::HandedOver(handover) %}
    unsafe { __bindery::take_back::<{{ handover.element }}>(ret) }
{%- endmatch %}
}
{%- endif %}
