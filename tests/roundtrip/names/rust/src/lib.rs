//! Keyword names and world-level functions.

mod bindings;

use bindings::exports::test::names::run::Guest as Run;
use bindings::test::names::host::{self, Loop, Result, Type};
use bindings::{Guest, Point};

struct Component;

impl Run for Component {
    fn fn_(type_: Type) -> Type {
        host::fn_(&type_)
    }
    fn async_(result: Result) -> Result {
        host::async_(&result)
    }
    fn static_(loop_: Loop) -> Loop {
        host::static_(loop_)
    }
    fn same(x: u32) -> u32 {
        host::same(x) + 1
    }
}

impl Guest for Component {
    fn version() -> String {
        "names 1.0".to_string()
    }
    fn log_twice(message: String) -> u32 {
        bindings::log(&message) + bindings::log(&message)
    }
    fn scale_twice(p: Point, by: i32) -> Point {
        bindings::scale(bindings::scale(p, by), by)
    }
}

bindings::export!(Component with_types_in bindings);
