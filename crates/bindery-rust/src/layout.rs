//! The few layout decisions rustfmt makes by width, made the same way so
//! the output is rustfmt-clean as generated: a parameter or argument list
//! stays on one line when it fits, else goes one item per line.

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;
/// rustfmt's `fn_call_width` (default heuristics).
const CALL_WIDTH: usize = 60;

/// `head(items…)tail`, on one line when it fits in `indent` columns of
/// indentation, else with one item per line (items indented 4 more than
/// the head, relative to it).
pub fn list(indent: usize, head: &str, items: &[String], tail: &str, call: bool) -> String {
    let joined = items.join(", ");
    let one_line = format!("{head}({joined}){tail}");
    let fits = indent + one_line.len() <= MAX_WIDTH && (!call || joined.len() <= CALL_WIDTH);
    if fits || items.is_empty() {
        return one_line;
    }
    let mut out = format!("{head}(\n");
    for item in items {
        out.push_str("    ");
        out.push_str(item);
        out.push_str(",\n");
    }
    out.push(')');
    out.push_str(tail);
    out
}

/// A function signature: `fn name(params) -> result`.
pub fn signature(indent: usize, head: &str, params: &[String], result: &str) -> String {
    let tail = if result.is_empty() {
        String::new()
    } else {
        format!(" -> {result}")
    };
    // The signature is followed by ` {` or `;`.
    let one_line = format!("{head}({}){tail}", params.join(", "));
    if indent + one_line.len() + 2 <= MAX_WIDTH || params.is_empty() {
        return one_line;
    }
    // Too wide even for a one-line list: force the vertical form.
    list(MAX_WIDTH, head, params, &tail, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_stay_on_one_line() {
        let items = vec!["a: u32".to_string(), "b: u32".to_string()];
        assert_eq!(
            signature(4, "fn f", &items, "u32"),
            "fn f(a: u32, b: u32) -> u32"
        );
    }

    #[test]
    fn long_lists_go_vertical() {
        let items: Vec<String> = (0..20).map(|i| format!("argument{i}: u32")).collect();
        let sig = signature(4, "fn f", &items, "");
        assert!(sig.starts_with("fn f(\n    argument0: u32,\n"));
        assert!(sig.ends_with("    argument19: u32,\n)"));
        let call = list(8, "f", &["_a0".to_string()], "", true);
        assert_eq!(call, "f(_a0)");
    }
}
