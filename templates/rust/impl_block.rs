

impl {{ name }} {
    {{- body|indent(4, true) }}
}
