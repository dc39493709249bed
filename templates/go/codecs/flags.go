{%- if head.uses.lower %}

func wit_lower_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_s []uint64) {
	wit_s[0] = uint64(wit_v)
}
{%- endif %}
{%- if head.uses.lift %}

func wit_lift_{{ head.base }}(wit_c *wit_runtime.Call, wit_s []uint64) {{ head.go }} {
	return {{ head.go }}(wit_s[0] & {{ mask }})
}
{%- endif %}
{%- if head.uses.store %}

func wit_store_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_p wit_runtime.Pointer) {
	wit_runtime.Store{{ repr }}(wit_c, wit_v, wit_p)
}
{%- endif %}
{%- if head.uses.load %}

func wit_load_{{ head.base }}(wit_c *wit_runtime.Call, wit_p wit_runtime.Pointer) {{ head.go }} {
	return wit_runtime.Load{{ repr }}(wit_c, wit_p) & {{ mask }}
}
{%- endif %}
