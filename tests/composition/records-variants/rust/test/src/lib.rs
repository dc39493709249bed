//! `shapes`, answered from Rust.

mod bindings;

use bindings::exports::compose::records_variants::shapes::{
    Color, ErrorInfo, Features, Guest, Joined, Outer, ParseError, Permissions, Person, Scalars,
    Shape, Team,
};

struct Test;

impl Guest for Test {
    fn echo_scalars(s: Scalars) -> Scalars {
        s
    }
    fn echo_person(p: Person) -> Person {
        p
    }
    fn echo_team(t: Team) -> Team {
        t
    }
    fn echo_color(c: Color) -> Color {
        c
    }
    fn echo_permissions(p: Permissions) -> Permissions {
        p
    }
    fn echo_features(f: Features) -> Features {
        f
    }
    fn echo_shape(s: Shape) -> Shape {
        s
    }
    fn echo_joined(j: Joined) -> Joined {
        j
    }
    fn echo_outer(o: Outer) -> Outer {
        o
    }
    fn echo_option(o: Option<u32>) -> Option<u32> {
        o
    }
    fn echo_nested_option(o: Option<Option<String>>) -> Option<Option<String>> {
        o
    }
    fn echo_result(r: Result<String, ErrorInfo>) -> Result<String, ErrorInfo> {
        r
    }
    #[allow(clippy::type_complexity)]
    fn echo_bare_results(
        a: Result<(), ()>,
        b: Result<(), String>,
        c: Result<u32, ()>,
    ) -> (Result<(), ()>, Result<(), String>, Result<u32, ()>) {
        (a, b, c)
    }
    fn echo_deep(
        d: Vec<Option<Result<(u8, String), Vec<Shape>>>>,
    ) -> Vec<Option<Result<(u8, String), Vec<Shape>>>> {
        d
    }
    fn shape_kind(s: Shape) -> String {
        match s {
            Shape::Point => "point",
            Shape::Circle(_) => "circle",
            Shape::Rectangle(_) => "rectangle",
            Shape::Polygon(_) => "polygon",
            Shape::Named(_) => "named",
        }
        .to_string()
    }
    fn next_color(c: Color) -> Color {
        match c {
            Color::Red => Color::Green,
            Color::Green => Color::Blue,
            Color::Blue => Color::Red,
        }
    }
    fn union_(a: Features, b: Features) -> Features {
        a | b
    }
    fn parse(s: String) -> Result<u32, ParseError> {
        if s.is_empty() {
            return Err(ParseError::Empty);
        }
        let mut value: u64 = 0;
        for (at, c) in s.chars().enumerate() {
            let Some(digit) = c.to_digit(10) else {
                return Err(ParseError::BadChar((at as u32, c)));
            };
            value = value * 10 + u64::from(digit);
            if value > u64::from(u32::MAX) {
                return Err(ParseError::Overflow(s));
            }
        }
        Ok(value as u32)
    }
    fn validate(p: Person) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if p.name.is_empty() {
            problems.push("name is empty".to_string());
        }
        if p.age > 150 {
            problems.push("age is over 150".to_string());
        }
        if p.tags.is_empty() {
            problems.push("no tags".to_string());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
    fn fetch(key: String) -> Result<String, ErrorInfo> {
        if key == "present" {
            return Ok("here".to_string());
        }
        Err(ErrorInfo {
            code: 404,
            message: format!("not found: {key}"),
            retryable: false,
        })
    }
    fn oldest(t: Team) -> Person {
        let mut oldest = t.lead;
        for member in t.members {
            if member.age > oldest.age {
                oldest = member;
            }
        }
        oldest
    }
    fn first_some(l: Vec<Option<String>>) -> Option<String> {
        l.into_iter().flatten().next()
    }
}

bindings::export!(Test with_types_in bindings);
