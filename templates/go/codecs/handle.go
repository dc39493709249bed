{%- if head.uses.lower %}

func wit_lower_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_s []uint64) {
	wit_s[0] = uint64(uint32(wit_v.{{ take }}()))
}
{%- endif %}
{%- if head.uses.lift %}

func wit_lift_{{ head.base }}(wit_c *wit_runtime.Call, wit_s []uint64) {{ head.go }} {
{%- match kind %}
{%- when HandleKind::LentImport %}
	wit_v := {{ from }}(int32(wit_s[0]))
	wit_c.Borrow(wit_v)
	return wit_v
{%- when HandleKind::Plain %}
	return {{ from }}(int32(wit_s[0]))
{%- endmatch %}
}
{%- endif %}
{%- if head.uses.store %}

func wit_store_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_p wit_runtime.Pointer) {
	wit_runtime.StoreS32(wit_c, wit_v.{{ take }}(), wit_p)
}
{%- endif %}
{%- if head.uses.load %}

func wit_load_{{ head.base }}(wit_c *wit_runtime.Call, wit_p wit_runtime.Pointer) {{ head.go }} {
{%- match kind %}
{%- when HandleKind::LentImport %}
	wit_v := {{ from }}(wit_runtime.LoadS32(wit_c, wit_p))
	wit_c.Borrow(wit_v)
	return wit_v
{%- when HandleKind::Plain %}
	return {{ from }}(wit_runtime.LoadS32(wit_c, wit_p))
{%- endmatch %}
}
{%- endif %}
