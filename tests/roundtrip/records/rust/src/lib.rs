//! Records and tuples through the host and back.

mod bindings;

use bindings::exports::test::records::run::{Guest, Local};
use bindings::test::records::host;
use bindings::test::records::types::{Deep, Inner, Mix, Outer, Single, Tail};

struct Component;

impl Guest for Component {
    fn roundtrip_inner(r: Inner) -> Inner {
        host::echo_inner(&r)
    }
    fn roundtrip_outer(r: Outer) -> Outer {
        host::echo_outer(&r)
    }
    fn roundtrip_mix(r: Mix) -> Mix {
        host::echo_mix(r)
    }
    fn roundtrip_single(r: Single) -> Single {
        host::echo_single(r)
    }
    fn roundtrip_deep(r: Deep) -> Deep {
        host::echo_deep(&r)
    }
    fn roundtrip_tuple(
        t: (u8, String, Vec<u32>, (f64, char)),
    ) -> (u8, String, Vec<u32>, (f64, char)) {
        host::echo_tuple((t.0, &t.1, &t.2, t.3))
    }
    fn roundtrip_records(a: Single, b: Mix, c: Inner) -> (Single, Mix, Inner) {
        host::echo_records(a, b, &c)
    }
    fn roundtrip_local(l: Local) -> Local {
        let (count, name) = host::echo_pair((l.count, &l.name));
        Local { count, name }
    }
    fn roundtrip_tails(t: Vec<Tail>) -> Vec<Tail> {
        host::echo_tails(&t)
    }
    fn roundtrip_aligned(t: (u8, u64, u8, u16, u8)) -> (u8, u64, u8, u16, u8) {
        host::echo_aligned(t)
    }
}

bindings::export!(Component with_types_in bindings);
