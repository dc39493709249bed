

#[allow(
    dead_code,
    non_snake_case,
    unused_imports,
    clippy::module_inception,
    clippy::result_large_err,
    clippy::too_many_arguments,
    clippy::type_complexity
)]
{{ item|safe }}
