//! Variants and enums through the host and back.

mod bindings;

use bindings::exports::test::variants::run::Guest;
use bindings::test::variants::host;
use bindings::test::variants::types::{
    BigEnum, BigVariant, Color, Complex, FullByte, FullByteVariant, Payload, Shape, SingleCase,
};

struct Component;

impl Guest for Component {
    fn roundtrip_shape(v: Shape) -> Shape {
        host::echo_shape(&v)
    }
    fn roundtrip_payload(v: Payload) -> Payload {
        host::echo_payload(&v)
    }
    fn roundtrip_complex(v: Complex) -> Complex {
        host::echo_complex(&v)
    }
    fn roundtrip_color(v: Color) -> Color {
        host::echo_color(v)
    }
    fn roundtrip_single_case(v: SingleCase) -> SingleCase {
        host::echo_single_case(v)
    }
    fn roundtrip_big_enum(v: BigEnum) -> BigEnum {
        host::echo_big_enum(v)
    }
    fn roundtrip_big_variant(v: BigVariant) -> BigVariant {
        host::echo_big_variant(&v)
    }
    fn roundtrip_shapes(v: Vec<Shape>) -> Vec<Shape> {
        host::echo_shapes(&v)
    }
    fn roundtrip_colors(v: Vec<Color>) -> Vec<Color> {
        host::echo_colors(&v)
    }
    fn roundtrip_full_byte(v: FullByte) -> FullByte {
        host::echo_full_byte(v)
    }
    fn roundtrip_full_byte_variant(v: FullByteVariant) -> FullByteVariant {
        host::echo_full_byte_variant(v)
    }
    fn roundtrip_deep(
        v: Vec<Result<Option<Complex>, Vec<Shape>>>,
    ) -> Vec<Result<Option<Complex>, Vec<Shape>>> {
        host::echo_deep(&v)
    }
}

bindings::export!(Component with_types_in bindings);
