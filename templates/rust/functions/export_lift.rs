    unsafe {
        __bindery::run_ctors_once();
{%- if slots > 0 %}
        let mut _s = [0u64; {{ slots }}];
{%- endif %}
{%- for a in args %}
        _s[{{ a.slot }}] = __bindery::of_{{ a.conversion }}(arg{{ a.slot }});
{%- endfor %}
{%- match indirect %}
{%- when Some(area) %}
{%- for l in loads %}
        let _p{{ l.param }} = __bindery::{{ l.function }}({{ l.at }});
{%- endfor %}
        __bindery::free(arg0, {{ area.size }}, {{ area.align }});
{%- when None %}
{%- for l in lifts %}
        let _p{{ l.param }} = __bindery::{{ l.function }}(&_s[{{ l.slots }}]);
{%- endfor %}
{%- endmatch %}
