{%- if head.uses.lower %}

func wit_lower_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_s []uint64) {
{%- for s in slots %}
	{{ element.lower }}(wit_c, wit_v[{{ s.index }}], wit_s[{{ s.slots }}])
{%- endfor %}
}
{%- endif %}
{%- if head.uses.lift %}

func wit_lift_{{ head.base }}(wit_c *wit_runtime.Call, wit_s []uint64) {{ head.go }} {
	var wit_v {{ head.go }}
{%- for s in slots %}
	wit_v[{{ s.index }}] = {{ element.lift }}(wit_c, wit_s[{{ s.slots }}])
{%- endfor %}
	return wit_v
}
{%- endif %}
{%- if head.uses.store %}

func wit_store_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_p wit_runtime.Pointer) {
	for wit_i := range {{ length }} {
		{{ element.store }}(wit_c, wit_v[wit_i], wit_runtime.Add(wit_p, uintptr(wit_i)*{{ size }}))
	}
}
{%- endif %}
{%- if head.uses.load %}

func wit_load_{{ head.base }}(wit_c *wit_runtime.Call, wit_p wit_runtime.Pointer) {{ head.go }} {
	var wit_v {{ head.go }}
	for wit_i := range {{ length }} {
		wit_v[wit_i] = {{ element.load }}(wit_c, wit_runtime.Add(wit_p, uintptr(wit_i)*{{ size }}))
	}
	return wit_v
}
{%- endif %}
