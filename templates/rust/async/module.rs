

/// wit-bindgen's async API (`wit_bindgen::…` in guest code written for
/// wit-bindgen: add `use bindings::wit_bindgen;`), generated here because
/// the world is async: a single-threaded executor driven by the host's
/// callbacks, async import calls, futures, streams and `error-context`.
#[allow(dead_code, unused_imports, clippy::missing_safety_doc)]
pub mod wit_bindgen {
{%- if let Some(prelude) = std.prelude %}
    use ::alloc::collections::BTreeMap;
    use ::alloc::rc::Rc;
    use ::alloc::sync::Arc;
    use ::alloc::task::Wake;
    use {{ prelude }};
    use ::core::cell::{Cell, RefCell};
    use ::core::future::{Future, IntoFuture};
    use ::core::pin::Pin;
    use ::core::sync::atomic::{AtomicBool, Ordering};
    use ::core::task::{Context, Poll, Waker};
{%- else %}
    use std::cell::{Cell, RefCell};
    use std::collections::BTreeMap;
    use std::future::{Future, IntoFuture};
    use std::pin::Pin;
    use std::rc::Rc;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::task::{Context, Poll, Wake, Waker};
{%- endif %}

    use super::__bindery::Cleanup;

    /// The paths wit-bindgen's generated code and its users name.
    #[doc(hidden)]
    pub mod rt {
        pub mod async_support {
            pub use super::super::*;
        }
    }
{%- include "async/builtins.rs" %}
{%- if executor %}
{%- include "async/executor.rs" %}
{%- endif %}
{%- if imports %}
{%- include "async/subtask.rs" %}
{%- endif %}
{%- if channels %}
{%- include "async/channel.rs" %}
{%- endif %}
{%- if futures %}
{%- include "async/future.rs" %}
{%- endif %}
{%- if streams %}
{%- include "async/stream.rs" %}
{%- endif %}
{%- if error_context %}
{%- include "async/error_context.rs" %}
{%- endif %}
{%- include "async/declared.rs" %}
}
