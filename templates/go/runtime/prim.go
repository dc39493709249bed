{%- if p.lower %}

// Lower{{ p.name }} writes a {{ p.go }} as flat values.
func Lower{{ p.name }}(c *Call, v {{ p.go }}, s []uint64) {
{%- match p.class %}
{%- when PrimClass::Unsigned %}
	s[0] = uint64(v)
{%- when PrimClass::Signed %}
	s[0] = uint64(uint32(int32(v)))
{%- when PrimClass::U64 %}
	s[0] = v
{%- when PrimClass::S64 %}
	s[0] = uint64(v)
{%- when PrimClass::Bool %}
	if v {
		s[0] = 1
	} else {
		s[0] = 0
	}
{%- when PrimClass::F32 %}
	s[0] = uint64(math.Float32bits(v))
{%- when PrimClass::F64 %}
	s[0] = math.Float64bits(v)
{%- when PrimClass::Char %}
	s[0] = uint64(uint32(v))
{%- when PrimClass::Str %}
	s[0] = c.PinString(v)
	s[1] = uint64(len(v))
{%- endmatch %}
}
{%- endif %}
{%- if p.lift %}

// Lift{{ p.name }} reads a {{ p.go }} from flat values.
func Lift{{ p.name }}(c *Call, s []uint64) {{ p.go }} {
{%- match p.class %}
{%- when PrimClass::Bool %}
	return uint32(s[0]) != 0
{%- when PrimClass::U64 %}
	return s[0]
{%- when PrimClass::F32 %}
	return math.Float32frombits(uint32(s[0]))
{%- when PrimClass::F64 %}
	return math.Float64frombits(s[0])
{%- when PrimClass::Char %}
	return checkChar(uint32(s[0]))
{%- when PrimClass::Str %}
	return StringAt(PointerAt(s[0]), uint32(s[1]))
{%- when _ %}
	return {{ p.go }}(s[0])
{%- endmatch %}
}
{%- endif %}
{%- if p.store %}

// Store{{ p.name }} writes a {{ p.go }} to memory.
func Store{{ p.name }}(c *Call, v {{ p.go }}, p Pointer) {
{%- match p.class %}
{%- when PrimClass::Bool %}
	if v {
		*(*uint8)(p) = 1
	} else {
		*(*uint8)(p) = 0
	}
{%- when PrimClass::Char %}
	*(*uint32)(p) = uint32(v)
{%- when PrimClass::Str %}
	StoreU32(c, uint32(c.PinString(v)), p)
	StoreU32(c, uint32(len(v)), Add(p, 4))
{%- when _ %}
	*(*{{ p.go }})(p) = v
{%- endmatch %}
}
{%- endif %}
{%- if p.load %}

// Load{{ p.name }} reads a {{ p.go }} from memory.
func Load{{ p.name }}(c *Call, p Pointer) {{ p.go }} {
{%- match p.class %}
{%- when PrimClass::Bool %}
	return *(*uint8)(p) != 0
{%- when PrimClass::Char %}
	return checkChar(*(*uint32)(p))
{%- when PrimClass::Str %}
	return StringAt(PointerAt(uint64(LoadU32(c, p))), LoadU32(c, Add(p, 4)))
{%- when _ %}
	return *(*{{ p.go }})(p)
{%- endmatch %}
}
{%- endif %}
