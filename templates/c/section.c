// The world's component type, which wit-component reads to make a component
// of the core module: one custom section, written by the assembler.
{%- for chunk in chunks %}
__asm__(".section \".custom_section.{{ name }}\",\"\",@\n"
        ".ascii \"{{ chunk }}\"\n"
        ".text\n");
{%- endfor %}
