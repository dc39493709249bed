

pub fn of_{{ name }}(x: {{ rust }}) -> u64 {
{%- match kind %}
{%- when CoreKind::I32 %}
    x as u32 as u64
{%- when CoreKind::I64 %}
    x as u64
{%- when CoreKind::F32 %}
    x.to_bits() as u64
{%- when CoreKind::F64 %}
    x.to_bits()
{%- when CoreKind::Pointer %}
    x as usize as u64
{%- when CoreKind::Length %}
    x as u64
{%- endmatch %}
}

pub fn to_{{ name }}(x: u64) -> {{ rust }} {
{%- match kind %}
{%- when CoreKind::I32 %}
    x as u32 as i32
{%- when CoreKind::I64 %}
    x as i64
{%- when CoreKind::F32 %}
    f32::from_bits(x as u32)
{%- when CoreKind::F64 %}
    f64::from_bits(x)
{%- when CoreKind::Pointer %}
    x as usize as *mut u8
{%- when CoreKind::Length %}
    x as usize
{%- endmatch %}
}
