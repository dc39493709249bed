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

fn vertical(base: usize, head: &str, items: &[String], tail: &str) -> String {
    let mut out = format!("{head}(\n");
    for item in items {
        out.push_str(&indent_rest(&format!(
            "    {},",
            ty_break(base + 4, item, ",")
        )));
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
/// `base`; `after` is what follows it on the line (` {` or `;`).
pub fn signature(base: usize, head: &str, params: &[String], result: &str, after: &str) -> String {
    let tail = if result.is_empty() {
        String::new()
    } else {
        format!(" -> {result}")
    };
    let one_line = format!("{head}({}){tail}", params.join(", "));
    if base + one_line.len() + after.len() <= MAX_WIDTH || params.is_empty() {
        return one_line;
    }
    vertical(base, head, params, &tail)
}

/// `name: Type` (or a bare type) followed by `after`, starting at column
/// `base`: when too wide, the type's outermost generic arguments (or tuple
/// elements) go one per line, recursively, as rustfmt breaks them.
pub fn ty_break(base: usize, item: &str, after: &str) -> String {
    if base + item.len() + after.len() <= MAX_WIDTH {
        return item.to_string();
    }
    // Find the outermost `<…>` or `(…)` that closes at the end.
    let Some(close) = item.chars().last() else {
        return item.to_string();
    };
    let open = match close {
        '>' => '<',
        ')' => '(',
        _ => return item.to_string(),
    };
    let Some(start) = outer_open(item, open, close) else {
        return item.to_string();
    };
    let head = &item[..=start];
    let inner = &item[start + 1..item.len() - 1];
    let args = split_top(inner);
    let mut out = format!("{head}\n");
    for arg in &args {
        let arg = ty_break(base + 4, arg, ",");
        out.push_str(&format!("    {},\n", indent_rest(&arg)));
    }
    out.push(close);
    out
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

/// Splits at top-level commas.
fn split_top(inner: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in inner.chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(current.trim().to_string());
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if !current.trim().is_empty() {
        parts.push(current.trim().to_string());
    }
    parts
}

/// `pub type Name = target;` starting at column `base`: the target moves
/// to the next line when the declaration is too wide. Returns the
/// separator to print after `=`.
pub fn alias_separator(base: usize, declaration: &str, target: &str) -> &'static str {
    if base + declaration.len() + target.len() + 4 <= MAX_WIDTH {
        " "
    } else {
        "\n    "
    }
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
    fn long_types_break_at_generics() {
        let long = format!(
            "x: Outer<{}, Inner<u32, {}>>",
            "A".repeat(40),
            "B".repeat(40)
        );
        let text = ty_break(20, &long, ",");
        assert!(text.starts_with("x: Outer<\n    AAAA"), "{text}");
        assert!(text.ends_with("\n>"), "{text}");
    }
}
