//! Calls every function of `shapes` on the test component and checks each
//! answer. Records and variants have no `PartialEq`: they are compared by
//! their `{:?}` rendering (`check::same`).

mod bindings;
mod check;

use bindings::compose::records_variants::shapes::{
    self, Color, ErrorInfo, Features, Inner, Joined, Middle, Outer, ParseError, Permissions,
    Person, Scalars, Shape, Team,
};

struct Runner;

impl bindings::Guest for Runner {
    fn run() {
        records();
        variants();
        options_results();
        computed();
        check::finish();
    }
}

fn person(name: &str, age: u8, email: Option<&str>, tags: &[&str]) -> Person {
    Person {
        name: name.to_string(),
        age,
        email: email.map(str::to_string),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        favourite: Color::Blue,
        access: Permissions::READ | Permissions::EXECUTE,
    }
}

fn team() -> Team {
    Team {
        name: "core ✓".to_string(),
        lead: person("Ada", 30, Some("ada@example.com"), &["lead"]),
        members: vec![
            person("Grace", 45, None, &["compilers", "navy"]),
            person("Edsger", 45, None, &[]),
            person("Barbara", 20, Some("b@example.com"), &["clu"]),
        ],
    }
}

fn shapes_all() -> [(&'static str, Shape); 5] {
    [
        ("point", Shape::Point),
        ("circle", Shape::Circle(1.5)),
        ("rectangle", Shape::Rectangle((2.0, -3.0))),
        (
            "polygon",
            Shape::Polygon(vec![(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)]),
        ),
        ("named", Shape::Named("é😀".to_string())),
    ]
}

fn records() {
    let scalars = Scalars {
        a: u8::MAX,
        b: i16::MIN,
        c: u32::MAX,
        d: i64::MIN,
        e: -0.0,
        f: f64::MAX,
        g: '😀',
        h: true,
    };
    check::same("echo-scalars", shapes::echo_scalars(scalars), scalars);
    let full = person("Ada Lovelace", 36, Some("ada@example.com"), &["math", "é"]);
    check::same("echo-person full", shapes::echo_person(&full), full);
    let mut bare = person("", 0, None, &[]);
    bare.favourite = Color::Red;
    bare.access = Permissions::empty();
    check::same("echo-person bare", shapes::echo_person(&bare), bare);
    let team = team();
    check::same("echo-team", shapes::echo_team(&team), team);
    for c in [Color::Red, Color::Green, Color::Blue] {
        check::equal(&format!("echo-color {c:?}"), shapes::echo_color(c), c);
    }
    for p in [Permissions::empty(), Permissions::all(), Permissions::WRITE] {
        check::equal(
            &format!("echo-permissions {p:?}"),
            shapes::echo_permissions(p),
            p,
        );
    }
    for f in [
        Features::empty(),
        Features::F0 | Features::F16,
        Features::all(),
    ] {
        check::equal(&format!("echo-features {f:?}"), shapes::echo_features(f), f);
    }
    let inner = |value, shape| Inner { value, shape };
    let outer = Outer {
        middle: Middle {
            inner: inner(Some(Ok(7)), Shape::Circle(0.25)),
            more: vec![
                inner(None, Shape::Point),
                inner(
                    Some(Err("deep ✗".to_string())),
                    Shape::Named("n".to_string()),
                ),
                inner(Some(Ok(u32::MAX)), Shape::Polygon(vec![])),
            ],
        },
        label: "outer".to_string(),
        color: Some(Color::Green),
    };
    check::same("echo-outer", shapes::echo_outer(&outer), outer);
}

fn variants() {
    for (kind, shape) in shapes_all() {
        check::same(
            &format!("echo-shape {kind}"),
            shapes::echo_shape(&shape),
            shape,
        );
    }
    for (what, joined) in [
        ("small", Joined::Small(u8::MAX)),
        ("large", Joined::Large(u64::MAX)),
        ("single", Joined::Single(-1.5)),
        ("double", Joined::Double(f64::MIN_POSITIVE)),
        ("text", Joined::Text("joined ✓".to_string())),
        ("nothing", Joined::Nothing),
    ] {
        check::same(
            &format!("echo-joined {what}"),
            shapes::echo_joined(&joined),
            joined,
        );
    }
}

fn options_results() {
    for o in [Some(0), Some(u32::MAX), None] {
        check::equal(&format!("echo-option {o:?}"), shapes::echo_option(o), o);
    }
    for (what, o) in [
        ("none", None),
        ("some(none)", Some(None)),
        ("some(some(\"\"))", Some(Some(""))),
        ("some(some(😀))", Some(Some("😀"))),
    ] {
        let expected = o.map(|inner| inner.map(str::to_string));
        check::equal(
            &format!("echo-nested-option {what}"),
            shapes::echo_nested_option(o),
            expected,
        );
    }
    check::same(
        "echo-result ok",
        shapes::echo_result(Ok("fine")),
        Ok("fine".to_string()),
    );
    let info = ErrorInfo {
        code: 500,
        message: "boom".to_string(),
        retryable: true,
    };
    check::same(
        "echo-result err",
        shapes::echo_result(Err(&info)),
        Err(info.clone()),
    );
    check::equal(
        "echo-bare-results ok",
        shapes::echo_bare_results(Ok(()), Ok(()), Ok(7)),
        (Ok(()), Ok(()), Ok(7)),
    );
    check::equal(
        "echo-bare-results err",
        shapes::echo_bare_results(Err(()), Err("why"), Err(())),
        (Err(()), Err("why".to_string()), Err(())),
    );
    let deep = vec![
        None,
        Some(Ok((1, "a".to_string()))),
        Some(Err(vec![Shape::Circle(2.0), Shape::Named("n".to_string())])),
        Some(Err(vec![])),
    ];
    check::same("echo-deep", shapes::echo_deep(&deep), deep);
}

fn computed() {
    for (kind, shape) in shapes_all() {
        check::equal(
            &format!("shape-kind {kind}"),
            shapes::shape_kind(&shape).as_str(),
            kind,
        );
    }
    for (from, to) in [
        (Color::Red, Color::Green),
        (Color::Green, Color::Blue),
        (Color::Blue, Color::Red),
    ] {
        check::equal(
            &format!("next-color {from:?}"),
            shapes::next_color(from),
            to,
        );
    }
    check::equal(
        "union",
        shapes::union_(Features::F0 | Features::F1, Features::F1 | Features::F16),
        Features::F0 | Features::F1 | Features::F16,
    );
    check::equal(
        "union empty",
        shapes::union_(Features::empty(), Features::empty()),
        Features::empty(),
    );
    for (input, expected) in [
        ("42", Ok(42)),
        ("4294967295", Ok(u32::MAX)),
        ("", Err(ParseError::Empty)),
        ("7😀", Err(ParseError::BadChar((1, '😀')))),
        (
            "4294967296",
            Err(ParseError::Overflow("4294967296".to_string())),
        ),
    ] {
        check::same(&format!("parse {input:?}"), shapes::parse(input), expected);
    }
    let good = person("Ada", 36, None, &["math"]);
    check::equal("validate ok", shapes::validate(&good), Ok(()));
    let bad = person("", 200, None, &[]);
    check::equal(
        "validate err",
        shapes::validate(&bad),
        Err(vec![
            "name is empty".to_string(),
            "age is over 150".to_string(),
            "no tags".to_string(),
        ]),
    );
    check::same(
        "fetch present",
        shapes::fetch("present"),
        Ok("here".to_string()),
    );
    check::same(
        "fetch missing",
        shapes::fetch("missing ✓"),
        Err(ErrorInfo {
            code: 404,
            message: "not found: missing ✓".to_string(),
            retryable: false,
        }),
    );
    check::same(
        "oldest",
        shapes::oldest(&team()),
        person("Grace", 45, None, &["compilers", "navy"]),
    );
    let some = |s: &str| Some(s.to_string());
    check::equal(
        "first-some",
        shapes::first_some(&[None, some("b"), some("c")]),
        some("b"),
    );
    check::equal("first-some none", shapes::first_some(&[None]), None);
    check::equal("first-some empty", shapes::first_some(&[]), None);
}

bindings::export!(Runner with_types_in bindings);
