{%- if cleanup %}
        let mut _cx = __bindery::Cleanup::default();
{%- endif %}
{%- match indirect %}
{%- when Some(area) %}
        let _area = _cx.alloc({{ area.size }}, {{ area.align }});
{%- for s in stores %}
        __bindery::{{ s.function }}(_p{{ s.param }}, {{ s.at }}, &mut _cx);
{%- endfor %}
{%- when None %}
{%- if slots > 0 %}
        let mut _s = [0u64; {{ slots }}];
{%- endif %}
{%- for l in lowers %}
        __bindery::{{ l.function }}(_p{{ l.param }}, &mut _s[{{ l.slots }}], &mut _cx);
{%- endfor %}
{%- endmatch %}
{%- match ret_area %}
{%- when Some(area) %}
        let _ret = _cx.alloc({{ area.size }}, {{ area.align }});
{%- when None %}
{%- endmatch %}
{%- for a in args %}
        let _a{{ a.slot }} = __bindery::to_{{ a.conversion }}(_s[{{ a.slot }}]);
{%- endfor %}
        #[cfg(target_arch = "wasm32")]
        {{ link|indent(8) }}
        unsafe extern "C" {
            #[link_name = "{{ link_name }}"]
            {{ declaration|indent(12) }};
        }
        #[cfg(not(target_arch = "wasm32"))]
        {{ stub|indent(8) }} {
            unreachable!()
        }
