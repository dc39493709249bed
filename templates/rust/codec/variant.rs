{%- if head.lower %}

pub unsafe fn lower_{{ head.id }}(v: &{{ head.param }}, out: &mut [u64], cx: &mut Cleanup) {
    unsafe {
        match v {
{%- for c in cases %}
{%- match c.payload %}
{%- when Some(p) %}
            T{{ head.id }}::{{ c.name }}(e) => {
                out[0] = {{ c.index }};
                {{ p.lower }}(e, &mut out[{{ p.slots }}], cx);
            }
{%- when None %}
            T{{ head.id }}::{{ c.name }}{% if c.unit %}(_){% endif %} => {
                out[0] = {{ c.index }};
            }
{%- endmatch %}
{%- endfor %}
        }
    }
}
{%- endif %}
{%- if head.lift %}

pub unsafe fn lift_{{ head.id }}(s: &[u64]) -> {{ head.result }} {
    unsafe {
        match s[0] {
{%- for c in cases %}
{%- match c.payload %}
{%- when Some(p) %}
            {{ c.index }} => T{{ head.id }}::{{ c.name }}({{ p.lift }}(&s[{{ p.slots }}])),
{%- when None %}
            {{ c.index }} => T{{ head.id }}::{{ c.name }}{% if c.unit %}(()){% endif %},
{%- endmatch %}
{%- endfor %}
            _ => invalid_discriminant(),
        }
    }
}
{%- endif %}
{%- if head.store %}

pub unsafe fn store_{{ head.id }}(v: &{{ head.param }}, ptr: *mut u8, cx: &mut Cleanup) {
    unsafe {
        match v {
{%- for c in cases %}
{%- match c.payload %}
{%- when Some(p) %}
            T{{ head.id }}::{{ c.name }}(e) => {
                ptr.cast::<{{ tag }}>().write({{ c.index }});
                {{ p.store }}(e, {{ p.at }}, cx);
            }
{%- when None %}
            T{{ head.id }}::{{ c.name }}{% if c.unit %}(_){% endif %} => {
                ptr.cast::<{{ tag }}>().write({{ c.index }});
            }
{%- endmatch %}
{%- endfor %}
        }
    }
}
{%- endif %}
{%- if head.load %}

pub unsafe fn load_{{ head.id }}(ptr: *mut u8) -> {{ head.result }} {
    unsafe {
        match ptr.cast::<{{ tag }}>().read() {
{%- for c in cases %}
{%- match c.payload %}
{%- when Some(p) %}
            {{ c.index }} => T{{ head.id }}::{{ c.name }}({{ p.load }}({{ p.at }})),
{%- when None %}
            {{ c.index }} => T{{ head.id }}::{{ c.name }}{% if c.unit %}(()){% endif %},
{%- endmatch %}
{%- endfor %}
{%- if !exhaustive %}
            _ => invalid_discriminant(),
{%- endif %}
        }
    }
}
{%- endif %}
