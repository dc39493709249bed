{%- if head.uses.lower %}

func wit_lower_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_s []uint64) {
{%- for m in members %}
	{{ m.part.lower }}(wit_c, wit_v.{{ m.name }}, wit_s[{{ m.slots }}])
{%- endfor %}
}
{%- endif %}
{%- if head.uses.lift %}

func wit_lift_{{ head.base }}(wit_c *wit_runtime.Call, wit_s []uint64) {{ head.go }} {
	var wit_v {{ head.go }}
{%- for m in members %}
	wit_v.{{ m.name }} = {{ m.part.lift }}(wit_c, wit_s[{{ m.slots }}])
{%- endfor %}
	return wit_v
}
{%- endif %}
{%- if head.uses.store %}

func wit_store_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_p wit_runtime.Pointer) {
{%- for m in members %}
	{{ m.part.store }}(wit_c, wit_v.{{ m.name }}, wit_runtime.Add(wit_p, {{ m.offset }}))
{%- endfor %}
}
{%- endif %}
{%- if head.uses.load %}

func wit_load_{{ head.base }}(wit_c *wit_runtime.Call, wit_p wit_runtime.Pointer) {{ head.go }} {
	var wit_v {{ head.go }}
{%- for m in members %}
	wit_v.{{ m.name }} = {{ m.part.load }}(wit_c, wit_runtime.Add(wit_p, {{ m.offset }}))
{%- endfor %}
	return wit_v
}
{%- endif %}
