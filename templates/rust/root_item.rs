

#[allow(
    dead_code,
    unused_imports,
    clippy::too_many_arguments,
    clippy::type_complexity
)]
{{ item }}
