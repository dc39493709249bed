{%- if head.uses.lower %}

func wit_lower_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_s []uint64) {
	wit_s[0] = uint64(wit_v.Tag())
{%- if any_payload %}
	switch wit_v.Tag() {
{%- for case in cases %}
{%- match case.payload %}
{%- when Some(p) %}
	case {{ case.index }}:
		{{ p.part.lower }}(wit_c, wit_v.{{ case.getter }}(), wit_s[{{ p.slots }}])
{%- when None %}
{%- endmatch %}
{%- endfor %}
	}
{%- endif %}
}
{%- endif %}
{%- if head.uses.lift %}

func wit_lift_{{ head.base }}(wit_c *wit_runtime.Call, wit_s []uint64) {{ head.go }} {
	switch uint32(wit_s[0]) {
{%- for case in cases %}
	case {{ case.index }}:
{%- match case.payload %}
{%- when Some(p) %}
		return {{ case.maker }}({{ p.part.lift }}(wit_c, wit_s[{{ p.slots }}]))
{%- when None %}
		return {{ case.maker }}({{ case.unit }})
{%- endmatch %}
{%- endfor %}
	}
	panic(wit_runtime.ErrDiscriminant)
}
{%- endif %}
{%- if head.uses.store %}

func wit_store_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_p wit_runtime.Pointer) {
	wit_runtime.Store{{ tag }}(wit_c, {{ tag_go }}(wit_v.Tag()), wit_p)
{%- if any_payload %}
	switch wit_v.Tag() {
{%- for case in cases %}
{%- match case.payload %}
{%- when Some(p) %}
	case {{ case.index }}:
		{{ p.part.store }}(wit_c, wit_v.{{ case.getter }}(), wit_runtime.Add(wit_p, {{ p.offset }}))
{%- when None %}
{%- endmatch %}
{%- endfor %}
	}
{%- endif %}
}
{%- endif %}
{%- if head.uses.load %}

func wit_load_{{ head.base }}(wit_c *wit_runtime.Call, wit_p wit_runtime.Pointer) {{ head.go }} {
	switch wit_runtime.Load{{ tag }}(wit_c, wit_p) {
{%- for case in cases %}
	case {{ case.index }}:
{%- match case.payload %}
{%- when Some(p) %}
		return {{ case.maker }}({{ p.part.load }}(wit_c, wit_runtime.Add(wit_p, {{ p.offset }})))
{%- when None %}
		return {{ case.maker }}({{ case.unit }})
{%- endmatch %}
{%- endfor %}
	}
	panic(wit_runtime.ErrDiscriminant)
}
{%- endif %}
