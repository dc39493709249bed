//! The few layout decisions rustfmt makes by width, made the same way so
//! the output is rustfmt-clean as generated: lists stay on one line when
//! they fit, else go one item per line (or, for calls whose arguments are
//! all short names, several per line); over-long types break at their
//! outermost generic arguments.

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;
/// rustfmt's `fn_call_width` (default heuristics).
const CALL_WIDTH: usize = 60;
/// rustfmt's `short_array_element_width_threshold`.
const SHORT_ITEM: usize = 10;
/// rustfmt's `attr_fn_like_width`.
const ATTR_WIDTH: usize = 70;

fn is_simple(item: &str) -> bool {
    item.len() <= SHORT_ITEM && item.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A call `head(items…)tail` whose statement starts at column `base`, with
/// `prefix` characters (`let _r = `) before `head`.
pub fn call(base: usize, prefix: usize, head: &str, items: &[String], tail: &str) -> String {
    let joined = items.join(", ");
    let one_line = format!("{head}({joined}){tail}");
    if items.is_empty()
        || (base + prefix + one_line.len() <= MAX_WIDTH && joined.len() <= CALL_WIDTH)
    {
        return format!("{head}({joined})");
    }
    if items.len() > 1 && items.iter().all(|i| is_simple(i)) {
        // rustfmt's "mixed" tactic: as many per line as fit.
        let budget = MAX_WIDTH - (base + 4);
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for item in items {
            let candidate = if line.is_empty() {
                format!("{item},")
            } else {
                format!("{line} {item},")
            };
            if candidate.len() > budget && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line = format!("{item},");
            } else {
                line = candidate;
            }
        }
        lines.push(line);
        let body: Vec<String> = lines.iter().map(|l| format!("    {l}\n")).collect();
        return format!("{head}(\n{})", body.concat());
    }
    vertical(base, head, items, "")
}

/// The statement `binding = head(items…)tail` (`let _r = f(_a0, …);`)
/// at column `base`, as rustfmt places an assignment's right-hand side:
/// on the same line when it fits there on one line; else on the next line,
/// indented, when it fits there on one line or takes two lines fewer than
/// broken on the same line; else on the same line, broken.
pub fn assign_call(base: usize, binding: &str, head: &str, items: &[String], tail: &str) -> String {
    let prefix = binding.len() + " = ".len();
    let same = call(base, prefix, head, items, tail);
    if !same.contains('\n') {
        return format!("{binding} = {same}");
    }
    let next = call(base + 4, 0, head, items, tail);
    let lines = |text: &str| text.matches('\n').count();
    if !next.contains('\n') || lines(&same) > lines(&next) + 1 {
        return format!("{binding} =\n    {}", indent_rest(&next));
    }
    format!("{binding} = {same}")
}

/// A macro call `head(items…)tail` at column `base`: one line when it fits
/// as a call would, else one argument per line, with no trailing comma
/// (rustfmt adds none inside a macro's arguments).
pub fn macro_call(base: usize, head: &str, items: &[String], tail: &str) -> String {
    let joined = items.join(", ");
    let one_line = format!("{head}({joined}){tail}");
    if base + one_line.len() <= MAX_WIDTH && joined.len() <= CALL_WIDTH {
        return one_line;
    }
    format!("{head}(\n    {}\n){tail}", items.join(",\n    "))
}

/// `#[link(wasm_import_module = "module")]` at column `base`: one line
/// when it fits, else the argument on a line of its own (a long package or
/// interface name).
pub fn link_attribute(base: usize, module: &str) -> String {
    let argument = format!("wasm_import_module = \"{module}\"");
    let one_line = format!("#[link({argument})]");
    if argument.len() <= ATTR_WIDTH && base + one_line.len() <= MAX_WIDTH {
        return one_line;
    }
    format!("#[link(\n    {argument}\n)]")
}

fn vertical(base: usize, head: &str, items: &[String], tail: &str) -> String {
    let mut out = format!("{head}(\n");
    for item in items {
        out.push_str(&indent_rest(&format!("    {},", param(base + 4, item, 1))));
        out.push('\n');
    }
    out.push(')');
    out.push_str(tail);
    out
}

/// Indents every line after the first by four spaces.
fn indent_rest(text: &str) -> String {
    text.replace('\n', "\n    ")
}

/// A function signature `head(params) -> result` starting at column
/// `base`; `after` is what follows it on the line (` {` or `;`). One line
/// when it fits and no type must break; else one parameter per line, and
/// the result after `) -> ` broken as rustfmt breaks it.
pub fn signature(base: usize, head: &str, params: &[String], result: &str, after: &str) -> String {
    if let Some(broken) = broken_generics(base, head, after) {
        return generic_signature(base, &broken, params, result, after);
    }
    let tail = if result.is_empty() {
        String::new()
    } else {
        format!(" -> {result}")
    };
    let one_line = format!("{head}({}){tail}", params.join(", "));
    let forced = params.iter().any(|p| parse(split_param(p).1).forced()) || parse(result).forced();
    let fits = base + one_line.len() + after.len() <= MAX_WIDTH;
    // No parameters: nothing to put one per line; only the result breaks.
    if !forced && (fits || params.is_empty()) {
        return one_line;
    }
    if params.is_empty() {
        let start = head.len() + "() -> ".len();
        return format!("{head}() -> {}", ty(base, start, result, after.len()));
    }
    let tail = if result.is_empty() {
        String::new()
    } else {
        format!(" -> {}", ty(base, ") -> ".len(), result, after.len()))
    };
    vertical(base, head, params, &tail)
}

/// `head` with its generic parameters one per line, when rustfmt breaks
/// them: when `head()` and what follows it do not fit on the line
/// (measured with rustfmt 1.95: a declaration's `;` may run past the
/// width, a body's ` {` may not).
fn broken_generics(base: usize, head: &str, after: &str) -> Option<String> {
    let open = head.find('<').filter(|_| head.ends_with('>'))?;
    let closing = if after == ";" { 0 } else { after.len() };
    if base + head.len() + "()".len() + closing <= MAX_WIDTH {
        return None;
    }
    let mut out = format!("{}<\n", &head[..open]);
    for generic in split_top(&head[open + 1..head.len() - 1]) {
        out.push_str(&format!("    {},\n", generic.trim()));
    }
    out.push('>');
    Some(out)
}

/// A signature whose generics are broken over lines: rustfmt then puts
/// every parameter on its own line too, fit or not.
fn generic_signature(
    base: usize,
    head: &str,
    params: &[String],
    result: &str,
    after: &str,
) -> String {
    let tail = if result.is_empty() {
        String::new()
    } else if params.is_empty() {
        format!(" -> {}", ty(base, ">() -> ".len(), result, after.len()))
    } else {
        format!(" -> {}", ty(base, ") -> ".len(), result, after.len()))
    };
    if params.is_empty() {
        return format!("{head}(){tail}");
    }
    vertical(base, head, params, &tail)
}

/// `name: Type` (or a bare type) followed by `after` characters, starting
/// at column `base`, laid out as rustfmt lays it out (see [`ty`]).
fn param(base: usize, item: &str, after: usize) -> String {
    let (name, ty_text) = split_param(item);
    format!("{name}{}", ty(base, name.len(), ty_text, after))
}

/// `name: ` and the type of `name: Type`; no name for a bare type.
fn split_param(item: &str) -> (&str, &str) {
    match item.find(": ") {
        // `::` paths have no space after the colons.
        Some(at) if !item[..at].contains(['<', '(', '[', '&']) => {
            (&item[..at + 2], &item[at + 2..])
        }
        _ => ("", item),
    }
}

/// A struct field `pub name: Type` at column `base`, with its comma: the
/// type goes on the next line by the rule of an alias's right-hand side.
pub fn field(base: usize, line: &str) -> String {
    let (name, ty_text) = split_param(line);
    if name.is_empty() {
        return param(base, line, 1);
    }
    let name = name.trim_end();
    format!("{name}{}", rhs(base, name.len() + 1, ty_text))
}

/// A tuple variant `Name(Type)` at column `base`, followed by a comma: one
/// line when it fits, else the type alone on the next line.
pub fn variant_case(base: usize, name: &str, payload: &str) -> String {
    let one_line = format!("{name}({payload})");
    // `< MAX_WIDTH`: the comma after it must fit too.
    if base + one_line.len() < MAX_WIDTH && !parse(payload).forced() {
        return one_line;
    }
    format!(
        "{name}(\n    {},\n)",
        indent_rest(&ty(base + 4, 0, payload, 1))
    )
}

/// `impl trait_name for target {` as rustfmt lays it out, and whether it
/// is broken: one line when it is at most 100 characters long (rustfmt
/// 1.95 does not count the indentation here, measured), else `for …` on a
/// line of its own and `{` on the next.
pub fn impl_header(trait_name: &str, target: &str) -> (String, bool) {
    let one_line = format!("impl {trait_name} for {target} {{");
    if one_line.len() <= MAX_WIDTH {
        return (one_line, false);
    }
    (format!("impl {trait_name}\n    for {target}\n{{"), true)
}

/// What follows `=` in `declaration = target;` at column `base` (with the
/// space or line break), as rustfmt chooses: the same line when it fits
/// there; the next line when it fits there on one line, or takes two
/// lines fewer; else the same line, broken.
pub fn alias_rhs(base: usize, declaration: &str, target: &str) -> String {
    rhs(base, declaration.len() + " = ".len(), target)
}

/// The right-hand side `target` of an alias or field whose left-hand side
/// ends at column `start` (after `base`), followed by one character.
fn rhs(base: usize, start: usize, target: &str) -> String {
    // `< MAX_WIDTH`: the `;` after it must fit too.
    let one_line =
        |text: &str, col: usize| !text.contains('\n') && base + col + text.len() < MAX_WIDTH;
    let same = ty(base, start, target, 1);
    if one_line(&same, start) {
        return format!(" {same}");
    }
    let next = ty(base + 4, 0, target, 1);
    let lines = |text: &str| text.matches('\n').count();
    if one_line(&next, 4) || !same.contains('\n') || lines(&same) > lines(&next) + 1 {
        return format!("\n    {}", indent_rest(&next));
    }
    format!(" {same}")
}

/// A Rust type as bindery spells it (`, ` between items), parsed enough to
/// lay it out.
#[derive(Debug)]
enum Ty<'a> {
    Leaf(&'a str),
    /// `(a, b)`; a one-element tuple keeps its comma.
    Tuple(Vec<Ty<'a>>),
    /// `Head<args>`.
    Generic(&'a str, Vec<Ty<'a>>),
    /// `prefix[T]` (`&[T]`, `&'a [T]`) and `[T; N]` (suffix `; N`).
    Brackets(&'a str, Box<Ty<'a>>, &'a str),
    /// `&T`, `&'a T`, `&mut T`.
    Ref(&'a str, Box<Ty<'a>>),
}

fn parse(text: &str) -> Ty<'_> {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('&') {
        let mut at = 1;
        let rest_trimmed = rest.trim_start();
        if rest_trimmed.starts_with('\'') {
            at = text.find(' ').map_or(text.len(), |space| space + 1);
        }
        if text[at..].starts_with("mut ") {
            at += 4;
        }
        let inner = &text[at..];
        if inner.starts_with('[')
            && inner.ends_with(']')
            && !has_top(&inner[1..inner.len() - 1], ';')
        {
            return Ty::Brackets(&text[..at], Box::new(parse(&inner[1..inner.len() - 1])), "");
        }
        return Ty::Ref(&text[..at], Box::new(parse(inner)));
    }
    if text.starts_with('(') && text.ends_with(')') && outer_open(text, '(', ')') == Some(0) {
        let inner = &text[1..text.len() - 1];
        return Ty::Tuple(split_top(inner).into_iter().map(parse).collect());
    }
    if text.starts_with('[') && text.ends_with(']') && outer_open(text, '[', ']') == Some(0) {
        let inner = &text[1..text.len() - 1];
        return match top_position(inner, ';') {
            Some(at) => Ty::Brackets(
                "",
                Box::new(parse(&inner[..at])),
                &text[at + 1..text.len() - 1],
            ),
            None => Ty::Brackets("", Box::new(parse(inner)), ""),
        };
    }
    if text.ends_with('>')
        && let Some(open) = outer_open(text, '<', '>')
        && open > 0
    {
        let args = split_top(&text[open + 1..text.len() - 1]);
        return Ty::Generic(&text[..open], args.into_iter().map(parse).collect());
    }
    Ty::Leaf(text)
}

impl Ty<'_> {
    fn one_line(&self) -> String {
        let list = |items: &[Ty]| {
            items
                .iter()
                .map(Ty::one_line)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Ty::Leaf(text) => text.to_string(),
            Ty::Tuple(items) if items.len() == 1 => format!("({},)", items[0].one_line()),
            Ty::Tuple(items) => format!("({})", list(items)),
            Ty::Generic(head, args) => format!("{head}<{}>", list(args)),
            Ty::Brackets(prefix, inner, suffix) => {
                format!("{prefix}[{}{suffix}]", inner.one_line())
            }
            Ty::Ref(prefix, inner) => format!("{prefix}{}", inner.one_line()),
        }
    }

    /// Whether rustfmt breaks this type whatever the room: a tuple of two
    /// or more elements wider than `fn_call_width` goes one per line.
    fn forced(&self) -> bool {
        match self {
            Ty::Leaf(_) => false,
            Ty::Tuple(items) => {
                (items.len() > 1
                    && items.iter().map(|i| i.one_line().len() + 2).sum::<usize>() - 2 > CALL_WIDTH)
                    || items.iter().any(Ty::forced)
            }
            Ty::Generic(_, args) => args.iter().any(Ty::forced),
            Ty::Brackets(_, inner, _) | Ty::Ref(_, inner) => inner.forced(),
        }
    }

    /// rustfmt lets a tuple (or a reference to one) that is the only
    /// argument of a generic, or the element of a slice or array, start on
    /// the opening line and end on the closing one: `Vec<(`…`)>`.
    fn overflows(&self) -> bool {
        match self {
            Ty::Tuple(_) => true,
            Ty::Ref(_, inner) => inner.overflows(),
            _ => false,
        }
    }
}

/// Type `text` starting at column `col` of a line indented by `base`,
/// followed on its last line by `after` characters, laid out as rustfmt
/// lays it out: on one line when it fits and holds no tuple wider than
/// `fn_call_width`; else the outermost list breaks, one item per line
/// indented by four (a lone tuple argument overflowing: `Vec<(`), and so on
/// inwards. Lines after the first are indented relative to the line.
pub fn ty(base: usize, col: usize, text: &str, after: usize) -> String {
    lay(&parse(text), base, col, after)
}

fn lay(node: &Ty, base: usize, col: usize, after: usize) -> String {
    let one = node.one_line();
    if base + col + one.len() + after <= MAX_WIDTH && !node.forced() {
        return one;
    }
    let items = |items: &[Ty]| -> String {
        items
            .iter()
            .map(|item| format!("    {},\n", indent_rest(&lay(item, base + 4, 0, 1))))
            .collect()
    };
    match node {
        Ty::Leaf(_) => one,
        Ty::Tuple(elements) => format!("(\n{})", items(elements)),
        Ty::Generic(head, args) if args.len() == 1 && args[0].overflows() => {
            format!(
                "{head}<{}>",
                lay(&args[0], base, col + head.len() + 1, after + 1)
            )
        }
        Ty::Generic(head, args) => format!("{head}<\n{}>", items(args)),
        // A slice's element always overflows, whatever its kind:
        // `&[Option<`, `&[(`.
        Ty::Brackets(prefix, inner, "") => {
            let start = col + prefix.len() + 1;
            format!("{prefix}[{}]", lay(inner, base, start, after + 1))
        }
        // An array is a pair: the element overflows with room for the `;`
        // only (`[[Result<`, `[(`…`); 7]`); the length follows it when it
        // fits on the element's last line, else goes on a line of its own.
        Ty::Brackets(prefix, inner, suffix) => {
            let start = col + prefix.len() + 1;
            let element = lay(inner, base, start, 1);
            let end = match element.rfind('\n') {
                Some(at) => base + element.len() - at - 1,
                None => base + start + element.len(),
            };
            let length = suffix.trim_start_matches(';').trim();
            if end + "; ]".len() + length.len() + after <= MAX_WIDTH {
                format!("{prefix}[{element}{suffix}]")
            } else {
                format!("{prefix}[{element};\n    {length}]")
            }
        }
        Ty::Ref(prefix, inner) => {
            format!("{prefix}{}", lay(inner, base, col + prefix.len(), after))
        }
    }
}

fn outer_open(item: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in item.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// The position of `wanted` outside any brackets.
fn top_position(inner: &str, wanted: char) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in inner.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            c if c == wanted && depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

fn has_top(inner: &str, wanted: char) -> bool {
    top_position(inner, wanted).is_some()
}

/// Splits at top-level commas.
fn split_top(inner: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(inner[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        parts.push(inner[start..].trim());
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_stay_on_one_line() {
        let items = vec!["a: u32".to_string(), "b: u32".to_string()];
        assert_eq!(
            signature(4, "fn f", &items, "u32", " {"),
            "fn f(a: u32, b: u32) -> u32"
        );
    }

    #[test]
    fn long_lists_go_vertical() {
        let items: Vec<String> = (0..20).map(|i| format!("argument{i}: u32")).collect();
        let sig = signature(4, "fn f", &items, "", " {");
        assert!(sig.starts_with("fn f(\n    argument0: u32,\n"));
        assert!(sig.ends_with("    argument19: u32,\n)"));
        assert_eq!(call(8, 0, "f", &["_a0".to_string()], ";"), "f(_a0)");
    }

    #[test]
    fn many_short_arguments_share_lines() {
        let items: Vec<String> = (0..30).map(|i| format!("_a{i}")).collect();
        let text = call(20, 0, "f", &items, ";");
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 2 && lines.len() < 6, "{text}");
        assert!(lines[1].starts_with("    _a0, _a1,"));
    }

    #[test]
    fn long_generic_heads_break_their_generics_and_parameters() {
        let head = format!("pub unsafe fn {}<T: GuestResource>", "f".repeat(70));
        let sig = signature(8, &head, &["arg0: i32".to_string()], "i32", " {");
        let expected = format!(
            "pub unsafe fn {}<\n    T: GuestResource,\n>(\n    arg0: i32,\n) -> i32",
            "f".repeat(70)
        );
        assert_eq!(sig, expected);
        // `() {` ending exactly at column 100: rustfmt keeps one line.
        let head = format!("pub unsafe fn {}<T: GuestResource>", "f".repeat(56));
        assert!(!signature(8, &head, &[], "", " {").contains('\n'));
        let head = format!("pub unsafe fn {}<T: GuestResource>", "f".repeat(57));
        assert_eq!(
            signature(8, &head, &[], "", " {"),
            format!(
                "pub unsafe fn {}<\n    T: GuestResource,\n>()",
                "f".repeat(57)
            )
        );
    }

    #[test]
    fn long_types_break_at_generics() {
        let long = format!("Outer<{}, Inner<u32, {}>>", "A".repeat(40), "B".repeat(40));
        let text = ty(20, 3, &long, 1);
        assert!(text.starts_with("Outer<\n    AAAA"), "{text}");
        assert!(text.ends_with("\n>"), "{text}");
    }

    #[test]
    fn wide_tuples_break_whatever_the_room() {
        let tuple = format!("({}, {})", "a".repeat(29), "b".repeat(30));
        assert_eq!(
            ty(
                0,
                0,
                &format!("({}, {})", "a".repeat(28), "b".repeat(30)),
                0
            )
            .lines()
            .count(),
            1
        );
        assert_eq!(
            ty(0, 0, &tuple, 0),
            format!("(\n    {},\n    {},\n)", "a".repeat(29), "b".repeat(30))
        );
        // A lone tuple argument overflows; with others it does not.
        assert!(ty(0, 0, &format!("Vec<{tuple}>"), 0).starts_with("Vec<(\n"));
        assert!(ty(0, 0, &format!("&[{tuple}]"), 0).starts_with("&[(\n"));
        assert!(ty(0, 0, &format!("Result<{tuple}, u8>"), 0).starts_with("Result<\n    (\n"));
        let sig = signature(0, "pub fn h", &["x: u8".to_string()], &tuple, " {");
        assert!(sig.starts_with("pub fn h(\n    x: u8,\n) -> (\n"), "{sig}");
    }

    /// rustfmt moves a call that fits on the next line there rather than
    /// breaking its arguments after `let _r = `.
    #[test]
    fn assigned_calls_move_to_the_next_line_when_they_fit_there() {
        let items: Vec<String> = (0..11).map(|i| format!("_a{i}")).collect();
        assert_eq!(
            assign_call(20, "let _r", "__bindery_import", &items, ";"),
            format!("let _r =\n    __bindery_import({})", items.join(", "))
        );
        assert_eq!(
            assign_call(8, "let _r", "__bindery_import", &items[..3], ";"),
            "let _r = __bindery_import(_a0, _a1, _a2)"
        );
        // Too long for either line: the arguments break after `= `.
        let many: Vec<String> = (0..30).map(|i| format!("_a{i}")).collect();
        let text = assign_call(20, "let _r", "__bindery_import", &many, ";");
        assert!(text.starts_with("let _r = __bindery_import(\n"), "{text}");
    }

    /// A slice's or array's element overflows whatever its kind; a
    /// generic's lone argument only when it is a tuple; an array's length
    /// goes on a line of its own when it does not fit after the element.
    #[test]
    fn nested_slices_and_arrays_break_inside() {
        let long = "&[Option<Option<Vec<[[Result<(), Option<[(String, bool, String, i32, u8, \
                    boolean_long_name_here_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx); 7]>>; 1]; 5]>>>]";
        let expected = "\
&[Option<
    Option<
        Vec<
            [[Result<
                (),
                Option<
                    [(
                        String,
                        bool,
                        String,
                        i32,
                        u8,
                        boolean_long_name_here_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,
                    ); 7],
                >,
            >; 1]; 5],
        >,
    >,
>]";
        assert_eq!(ty(12, 3, long, 1), expected);
        let shorter = "&[Option<Option<Vec<[[Result<(), Option<[(String, bool, String, i32, u8, \
                       bool); 7]>>; 1]; 5]>>>]";
        assert_eq!(
            ty(12, 3, shorter, 1),
            "&[Option<\n    Option<\n        Vec<[[Result<(), Option<[(String, bool, String, i32, \
             u8, bool); 7]>>; 1]; 5]>,\n    >,\n>]"
        );
        // Seed 1700: the element fits with its `;`, the length does not.
        let array = "[[Result<(), Option<[(String, bool, String, i32, u8, bool); 7]>>; 1]; 5]";
        assert_eq!(
            ty(28, 0, array, 1),
            "[[Result<(), Option<[(String, bool, String, i32, u8, bool); 7]>>; 1];\n    5]"
        );
        assert_eq!(ty(24, 0, array, 1), array);
    }

    /// Long package and interface names: rustfmt puts the argument of
    /// `#[link]` on its own line past 70 characters, and a macro's
    /// arguments one per line, without a trailing comma.
    #[test]
    fn long_link_attributes_and_macro_calls_break() {
        assert_eq!(
            link_attribute(8, "[export]bindery:records/shapes"),
            "#[link(wasm_import_module = \"[export]bindery:records/shapes\")]"
        );
        let long = "[export]bindery:resource-alias-layout/exported-resources-with-long-names";
        assert_eq!(
            link_attribute(8, long),
            format!("#[link(\n    wasm_import_module = \"{long}\"\n)]")
        );
        let short = [
            "first == id".to_string(),
            "\"two types implement GuestThing\"".to_string(),
        ];
        assert_eq!(
            macro_call(24, "assert!", &short, ";"),
            "assert!(first == id, \"two types implement GuestThing\");"
        );
        let long = [
            "first == id".to_string(),
            "\"two types implement GuestAResourceWithARatherLongName\"".to_string(),
        ];
        assert_eq!(
            macro_call(24, "assert!", &long, ";"),
            "assert!(\n    first == id,\n    \"two types implement GuestAResourceWithARatherLongName\"\n);"
        );
    }
}
