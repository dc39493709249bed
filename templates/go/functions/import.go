

//go:wasmimport {{ module }} {{ field }}
func wasm_import_{{ raw }}(
{%- for p in core_params %}
{%- if !loop.first %}, {% endif %}{{ p.name }} {{ p.go }}
{%- endfor %})
{%- match core_result %}{% when Some(go) %} {{ go }}{% when None %}{% endmatch %}

{% for line in docs %}{{ line }}
{% endfor %}{{ signature }} {
	var wit_call wit_runtime.Call
	defer wit_call.Release()
{%- match indirect %}
{%- when Some(area) %}
	wit_params := wit_call.Allocate({{ area.size }}, {{ area.align }})
{%- for step in steps %}
	{{ step.function }}(&wit_call, {{ step.value }}, wit_runtime.Add(wit_params, {{ step.at }}))
{%- endfor %}
{%- when None %}
{%- if slots > 0 %}
	var wit_slots [{{ slots }}]uint64
{%- endif %}
{%- for step in steps %}
	{{ step.function }}(&wit_call, {{ step.value }}, wit_slots[{{ step.at }}])
{%- endfor %}
{%- endmatch %}
{%- match ret_area %}
{%- when Some(area) %}
	wit_ret := wit_call.Allocate({{ area.size }}, {{ area.align }})
{%- when None %}
{%- endmatch %}
	wit_runtime.Idle()
	{% if direct_result %}wit_core := {% endif -%}
	wasm_import_{{ raw }}(
{%- for arg in args %}
{%- if !loop.first %}, {% endif %}
{%- match arg %}
{%- when CallArg::Slot with { suffix, index } %}wit_runtime.Core{{ suffix }}(wit_slots[{{ index }}])
{%- when CallArg::Params %}uint32(wit_runtime.SlotOf(wit_params))
{%- when CallArg::ReturnArea %}uint32(wit_runtime.SlotOf(wit_ret))
{%- endmatch %}
{%- endfor %})
{%- match result %}
{%- when ImportResult::Direct with { lift, suffix } %}
	wit_result := {{ lift }}(&wit_call, []uint64{wit_runtime.Slot{{ suffix }}(wit_core)})
{%- when ImportResult::Area with { load } %}
	wit_result := {{ load }}(&wit_call, wit_ret)
{%- when ImportResult::None %}
{%- endmatch %}
{%- if release %}
	wit_runtime.ReleaseHostAllocations()
{%- endif %}
	wit_runtime.Busy()
{%- match result %}
{%- when ImportResult::None %}
{%- when _ %}
{%- if tuple.is_empty() %}
	return wit_result
{%- else %}
	return {% for field in tuple %}{% if !loop.first %}, {% endif %}wit_result.{{ field }}{% endfor %}
{%- endif %}
{%- endmatch %}
}
