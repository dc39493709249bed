{%- if head.uses.lower %}

func wit_lower_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_s []uint64) {
	wit_s[0] = uint64(wit_v)
}
{%- endif %}
{%- if head.uses.lift %}

func wit_lift_{{ head.base }}(wit_c *wit_runtime.Call, wit_s []uint64) {{ head.go }} {
	if wit_s[0] >= {{ count }} {
		panic(wit_runtime.ErrDiscriminant)
	}
	return {{ head.go }}(wit_s[0])
}
{%- endif %}
{%- if head.uses.store %}

func wit_store_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_p wit_runtime.Pointer) {
	wit_runtime.Store{{ tag }}(wit_c, wit_v, wit_p)
}
{%- endif %}
{%- if head.uses.load %}

func wit_load_{{ head.base }}(wit_c *wit_runtime.Call, wit_p wit_runtime.Pointer) {{ head.go }} {
	wit_v := wit_runtime.Load{{ tag }}(wit_c, wit_p)
	if wit_v >= {{ count }} {
		panic(wit_runtime.ErrDiscriminant)
	}
	return wit_v
}
{%- endif %}
