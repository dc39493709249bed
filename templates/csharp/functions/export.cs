[global::System.Runtime.InteropServices.UnmanagedCallersOnlyAttribute(EntryPoint = "{{ export_name }}")]
public static unsafe {{ core_ret }} {{ entry }}({{ core_params }})
{
{%- if slots > 0 %}
    ulong* __bindery_slots = stackalloc ulong[{{ slots }}];
{%- for i in slot_params %}
    __bindery_slots[{{ i }}] = __BinderyAbi.Slot(p{{ i }});
{%- endfor %}
{%- endif %}
{%- for step in steps %}
    var __bindery_p{{ loop.index0 }} = {{ step.call }}({{ step.at }});
{%- endfor %}
{%- if indirect %}
    __BinderyAbi.Free(p0);
{%- endif %}
{%- match call %}
{%- when ExportCall::Statement %}
    {{ callee }}{{ args|join(", ") }});
{%- when ExportCall::Value %}
    var __bindery_ret = {{ callee }}{{ args|join(", ") }});
{%- when ExportCall::Wrapped { ret_type, ok_open, ok_close, unit, catches, exception } %}
    {{ ret_type }} __bindery_ret;
    try
    {
{%- if let Some(unit) = unit %}
        {{ callee }}{{ args|join(", ") }});
        __bindery_ret = {{ ok_open }}{{ unit }}{{ ok_close }};
{%- else %}
        __bindery_ret = {{ ok_open }}{{ callee }}{{ args|join(", ") }}){{ ok_close }};
{%- endif %}
    }
    catch ({{ exception }} __bindery_e)
    {
        switch (__bindery_e.NestingLevel)
        {
{%- for c in catches %}
            case {{ c.level }}:
                __bindery_ret = {{ c.open }}__bindery_e.Value{{ c.close }};
                break;
{%- endfor %}
            default:
                throw new global::System.ArgumentException("invalid nesting level: " + __bindery_e.NestingLevel);
        }
    }
{%- endmatch %}
{%- if lends %}
    __BinderyAbi.DropLent();
{%- endif %}
{%- match result %}
{%- when ExportResult::None %}
{%- when ExportResult::Direct { lower, to_core } %}
    ulong __bindery_result;
    {{ lower }}(__bindery_ret, &__bindery_result, null);
    return {{ to_core }}(__bindery_result);
{%- when ExportResult::Area { store, cleanup } %}
    {{ store }}(__bindery_ret, __BinderyAbi.ReturnArea, {% if cleanup %}__BinderyAbi.PostReturn{% else %}null{% endif %});
    return __BinderyAbi.ReturnArea;
{%- endmatch %}
}
{%- if let Some(post) = post_return %}

[global::System.Runtime.InteropServices.UnmanagedCallersOnlyAttribute(EntryPoint = "{{ post.name }}")]
public static unsafe void {{ post.entry }}({{ post.params }})
{
    __BinderyAbi.PostReturn.Free();
}
{%- endif %}
