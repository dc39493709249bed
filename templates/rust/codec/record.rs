{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
    unsafe {
{%- for f in fields %}
        {{ f.lower }}({{ f.pass }}v.{{ f.name }}, &mut out[{{ f.slots }}], cx);
{%- endfor %}
    }
}
{%- endif %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    unsafe {
        T{{ head.id }} {
{%- for f in fields %}
            {{ f.name }}: {{ f.lift }}(&s[{{ f.slots }}]),
{%- endfor %}
        }
    }
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
    unsafe {
{%- for f in fields %}
        {{ f.store }}({{ f.pass }}v.{{ f.name }}, {{ f.at }}, cx);
{%- endfor %}
    }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
{%- if load_inline %}
{%- for f in fields %}
    unsafe { T{{ head.id }} { {{ f.name }}: {{ f.load }}({{ f.at }}) } }
{%- endfor %}
{%- else %}
    unsafe {
        T{{ head.id }} {
{%- for f in fields %}
            {{ f.name }}: {{ f.load }}({{ f.at }}),
{%- endfor %}
        }
    }
{%- endif %}
}
{%- endif %}
