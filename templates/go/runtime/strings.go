{%- if !prims.is_empty() %}

// PinString lends a string's bytes to the host in place.
func (c *Call) PinString(v string) uint64 {
	if len(v) == 0 {
		return 0
	}
	p := Pointer(unsafe.StringData(v))
	c.Pin(p)
	return SlotOf(p)
}

// StringAt takes a string from host-written memory in place.
func StringAt(p Pointer, n uint32) string {
	if n == 0 {
		return ""
	}
	return unsafe.String((*byte)(p), n)
}

func checkChar(v uint32) rune {
	if v >= 0x110000 || (v >= 0xd800 && v < 0xe000) {
		panic(ErrDiscriminant)
	}
	return rune(v)
}
{%- endif %}
