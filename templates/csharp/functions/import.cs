{%- for o in overloads %}
{%- if !loop.first %}
{% endif %}
{%- for line in docs %}
{{ line }}
{%- endfor %}
{%- match kind %}
{%- when ImportKind::Static %}
public static unsafe {{ ret }} {{ name }}({{ o.params }})
{%- when ImportKind::Method %}
public unsafe {{ ret }} {{ name }}({{ o.params }})
{%- when ImportKind::Constructor %}
public unsafe {{ name }}({{ o.params }})
{%- endmatch %}
{
{%- if slots > 0 %}
    ulong* __bindery_slots = stackalloc ulong[{{ slots }}];
{%- endif %}
{%- if let Some(a) = params_area %}
    byte* __bindery_params_buffer = stackalloc byte[{{ a.buffer }}];
    nint __bindery_params = __BinderyAbi.Align(__bindery_params_buffer, {{ a.align }});
{%- endif %}
{%- if let Some(a) = ret_area %}
    byte* __bindery_ret_buffer = stackalloc byte[{{ a.buffer }}];
    nint __bindery_ret = __BinderyAbi.Align(__bindery_ret_buffer, {{ a.align }});
{%- endif %}
{%- if let Some(core) = core_result %}
    {{ core }} __bindery_core;
{%- endif %}
{%- if cleanup %}
    var __bindery_cleanup = new __BinderyCleanup();
    try
{%- endif %}
    {
{%- for step in steps %}
        {{ step.call }}({{ o.values[loop.index0] }}, {{ step.at }}, {% if cleanup %}__bindery_cleanup{% else %}null{% endif %});
{%- endfor %}
        {% if core_result.is_some() %}__bindery_core = {% endif %}{{ interop }}({{ args|join(", ") }});
    }
{%- if cleanup %}
    finally
    {
        __bindery_cleanup.Free();
    }
{%- endif %}
{%- match result %}
{%- when ImportResult::None %}
{%- when ImportResult::Constructor %}
    this.Handle = __bindery_core;
{%- when ImportResult::Direct { lift } %}
    ulong __bindery_result = __BinderyAbi.Slot(__bindery_core);
    var __bindery_r0 = {{ lift }}(&__bindery_result);
{%- when ImportResult::Area { load } %}
    var __bindery_r0 = {{ load }}(__bindery_ret);
{%- endmatch %}
{%- for u in unwrap %}
    if ({{ u.var }}.IsErr)
    {
        throw new {{ u.exception }}({{ u.var }}.AsErr, {{ u.level }});
    }
{%- if let Some(next) = u.next %}
    var {{ next }} = {{ u.var }}.AsOk;
{%- endif %}
{%- endfor %}
{%- if let Some(r) = returned %}
    return {{ r }};
{%- endif %}
}
{%- endfor %}
