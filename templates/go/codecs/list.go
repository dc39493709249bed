{%- if head.uses.lower %}

func wit_lower_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_s []uint64) {
{%- if plain %}
	wit_s[0] = wit_runtime.PinSlice(wit_c, wit_v)
{%- else %}
	wit_p := wit_c.Allocate(uintptr(len(wit_v))*{{ size }}, {{ align }})
	for wit_i, wit_e := range wit_v {
		{{ element.store }}(wit_c, wit_e, wit_runtime.Add(wit_p, uintptr(wit_i)*{{ size }}))
	}
	wit_s[0] = wit_runtime.SlotOf(wit_p)
{%- endif %}
	wit_s[1] = uint64(len(wit_v))
}
{%- endif %}
{%- if head.uses.lift %}

func wit_lift_{{ head.base }}(wit_c *wit_runtime.Call, wit_s []uint64) {{ head.go }} {
{%- if plain %}
	return wit_runtime.LiftSlice[{{ element_go }}](wit_s)
{%- else %}
	wit_p := wit_runtime.PointerAt(wit_s[0])
	wit_v := make({{ head.go }}, uint32(wit_s[1]))
	for wit_i := range wit_v {
		wit_v[wit_i] = {{ element.load }}(wit_c, wit_runtime.Add(wit_p, uintptr(wit_i)*{{ size }}))
	}
	return wit_v
{%- endif %}
}
{%- endif %}
{%- if head.uses.store %}

func wit_store_{{ head.base }}(wit_c *wit_runtime.Call, wit_v {{ head.go }}, wit_p wit_runtime.Pointer) {
	var wit_s [2]uint64
	wit_lower_{{ head.base }}(wit_c, wit_v, wit_s[:])
	wit_runtime.StoreU32(wit_c, uint32(wit_s[0]), wit_p)
	wit_runtime.StoreU32(wit_c, uint32(wit_s[1]), wit_runtime.Add(wit_p, 4))
}
{%- endif %}
{%- if head.uses.load %}

func wit_load_{{ head.base }}(wit_c *wit_runtime.Call, wit_p wit_runtime.Pointer) {{ head.go }} {
	wit_s := [2]uint64{uint64(wit_runtime.LoadU32(wit_c, wit_p)), uint64(wit_runtime.LoadU32(wit_c, wit_runtime.Add(wit_p, 4)))}
	return wit_lift_{{ head.base }}(wit_c, wit_s[:])
}
{%- endif %}
