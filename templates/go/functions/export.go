

//go:wasmexport {{ export_name }}
func wasm_export_{{ raw }}(
{%- for p in core_params %}
{%- if !loop.first %}, {% endif %}{{ p.name }} {{ p.go }}
{%- endfor %})
{%- match core_result %}{% when Some(go) %} {{ go }}{% when None %}{% endmatch %} {
	wit_runtime.Enter("{{ export_name }}")
{%- if uses_call %}
	wit_call := wit_runtime.ExportCall()
{%- endif %}
{%- if indirect %}
	wit_params := wit_runtime.PointerAt(uint64(wit_arg0))
{%- for step in steps %}
	{{ step.value }} := {{ step.function }}(wit_call, wit_runtime.Add(wit_params, {{ step.at }}))
{%- endfor %}
{%- else %}
{%- if !core_params.is_empty() %}
	wit_args := [{{ core_params.len() }}]uint64{
{%- for p in core_params %}
{%- if !loop.first %}, {% endif %}wit_runtime.Slot{{ p.suffix }}({{ p.name }})
{%- endfor %}}
{%- endif %}
{%- for step in steps %}
	{{ step.value }} := {{ step.function }}(wit_call, wit_args[{{ step.at }}])
{%- endfor %}
{%- endif %}
{%- if release %}
	wit_runtime.ReleaseHostAllocations()
{%- endif %}
{%- if !tuple.is_empty() %}
	{% for r in tuple %}{% if !loop.first %}, {% endif %}{{ r }}{% endfor %} := {{ callee }}({% for a in args %}{% if !loop.first %}, {% endif %}{{ a }}{% endfor %})
	wit_result := {{ tuple_go }}{ {%- for r in tuple %}{% if !loop.first %}, {% endif %}F{{ loop.index0 }}: {{ r }}{% endfor %}}
{%- else if has_result %}
	wit_result := {{ callee }}({% for a in args %}{% if !loop.first %}, {% endif %}{{ a }}{% endfor %})
{%- else %}
	{{ callee }}({% for a in args %}{% if !loop.first %}, {% endif %}{{ a }}{% endfor %})
{%- endif %}
{%- if borrows %}
	wit_call.DropBorrows()
{%- endif %}
{%- match result %}
{%- when ExportResult::Direct with { lower, suffix } %}
	var wit_out [1]uint64
	{{ lower }}(wit_call, wit_result, wit_out[:])
	wit_runtime.Leave("{{ export_name }}")
	return wit_runtime.Core{{ suffix }}(wit_out[0])
{%- when ExportResult::Area with { store } %}
	wit_ret := wit_runtime.ExportReturnArea()
	{{ store }}(wit_call, wit_result, wit_ret)
	wit_runtime.Leave("{{ export_name }}")
	return uint32(wit_runtime.SlotOf(wit_ret))
{%- when ExportResult::None %}
	wit_runtime.Leave("{{ export_name }}")
{%- endmatch %}
}
{%- match post_return %}
{%- when Some(name) %}

//go:wasmexport {{ name }}
func wasm_post_{{ raw }}(
{%- match core_result %}{% when Some(go) %}wit_arg0 {{ go }}{% when None %}{% endmatch %}) {
	wit_runtime.ExportCall().Release()
}
{%- when None %}
{%- endmatch %}
