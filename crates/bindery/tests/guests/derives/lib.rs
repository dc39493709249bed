//! A guest written the way wit-bindgen's users write it with
//! `additional_derives: [PartialEq, Eq, Hash, Default]`: generated records
//! go into a `HashSet`, variants are compared with `==`.

mod derives;

use std::collections::HashSet;

use derives::exports::test::derives::api::{Color, Counted, Guest, Perms, Point, Sample, Shape};

pub struct Component;

derives::export!(Component with_types_in derives);

impl Guest for Component {
    fn unique_points(points: Vec<Point>) -> u32 {
        let unique: HashSet<Point> = points.into_iter().collect();
        unique.len() as u32
    }

    fn same_shape(a: Shape, b: Shape) -> bool {
        a == b && a != Shape::Nothing
    }

    fn same_sample(a: Sample, b: Sample) -> bool {
        a == b
    }

    fn origin() -> Point {
        Point::default()
    }

    fn colors(colors: Vec<Color>, perms: Vec<Perms>) -> u32 {
        let colors: HashSet<Color> = colors.into_iter().collect();
        let perms: HashSet<Perms> = perms.into_iter().collect();
        (colors.len() + perms.len()) as u32
    }

    fn where_is(c: Counted) -> Point {
        c.at
    }
}
