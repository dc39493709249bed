//! A guest that uses bindings of two worlds, the way wit-bindgen users
//! write one with `with: { "test:reuse/types": crate::shared::test::reuse::types }`:
//! the types of `test:reuse/types` exist once (in `shared`), and the `reuse`
//! world's functions take and return them.

mod reuse;
mod shared;

use reuse::exports::test::reuse::api::{Guest, Label};
use reuse::test::reuse::api as host;
use shared::test::reuse::types::{Canvas, Point, Shape, Unit};

pub struct Component;

reuse::export!(Component with_types_in reuse);

fn shift(p: Point, by: Point) -> Point {
    Point {
        x: p.x + by.x,
        y: p.y + by.y,
    }
}

impl Guest for Component {
    fn move_by(s: Shape, by: Point) -> Shape {
        match s {
            Shape::Dot(p) => Shape::Dot(shift(p, by)),
            Shape::Line((a, b)) => Shape::Line((shift(a, by), shift(b, by))),
        }
    }

    fn paint(c: &Canvas, labels: Vec<Label>) -> Vec<Shape> {
        let mut shapes = Vec::new();
        for label in labels {
            let scale = match label.unit {
                Unit::Px => 1,
                Unit::Em => 16,
            };
            let by = Point {
                x: scale * label.text.len() as i32,
                y: 0,
            };
            let shape = host::move_by(Shape::Dot(label.at), by);
            c.draw(shape);
            shapes.push(shape);
        }
        shapes
    }

    fn fresh() -> Canvas {
        let canvas = host::fresh();
        canvas.draw(Shape::Dot(Point { x: 0, y: 0 }));
        canvas
    }
}
