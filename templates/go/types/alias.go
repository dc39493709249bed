

{% for line in docs %}{{ line }}
{% endfor %}type {{ name }} = {{ target }}
