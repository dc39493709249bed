//! Flags through the host and back.

mod bindings;

use bindings::exports::test::flag_sizes::run::Guest;
use bindings::test::flag_sizes::host;
use bindings::test::flag_sizes::types::{
    AllFlags, Eight, Nine, One, Perms, Seventeen, Sixteen, ThirtyTwo,
};

struct Component;

impl Guest for Component {
    fn roundtrip_one(f: One) -> One {
        host::echo_one(f)
    }
    fn roundtrip_eight(f: Eight) -> Eight {
        host::echo_eight(f)
    }
    fn roundtrip_nine(f: Nine) -> Nine {
        host::echo_nine(f)
    }
    fn roundtrip_sixteen(f: Sixteen) -> Sixteen {
        host::echo_sixteen(f)
    }
    fn roundtrip_seventeen(f: Seventeen) -> Seventeen {
        host::echo_seventeen(f)
    }
    fn roundtrip_thirty_two(f: ThirtyTwo) -> ThirtyTwo {
        host::echo_thirty_two(f)
    }
    fn roundtrip_perms(f: Perms) -> Perms {
        host::echo_perms(f)
    }
    fn roundtrip_all(f: AllFlags) -> AllFlags {
        host::echo_all(f)
    }
    fn roundtrip_list(f: Vec<Nine>) -> Vec<Nine> {
        host::echo_list(&f)
    }
}

bindings::export!(Component with_types_in bindings);
