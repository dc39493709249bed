{% for decorator in decorators %}{{ indent }}@{{ decorator }}
{% endfor %}{{ indent }}def {{ name }}({{ receiver }}{% for param in params %}{% if !loop.first || !receiver.is_empty() %}, {% endif %}{{ param.name }}: {{ param.ty }}{% endfor %}) -> {{ result }}:{{ docs }}
{{ indent }}    {{ body }}
