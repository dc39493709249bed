//! The world's component type, embedded from C source: an assembler
//! `.ascii` directive per chunk, appended to one custom section that
//! wit-component reads. No object file is needed, so any wasm clang or
//! `zig cc` builds the bindings.

use bindery_ir::ComponentType;

use crate::templates::Section;

/// Bytes per `__asm__` statement: escaped (up to four characters a byte,
/// plus C's own backslash), a chunk stays under the 4095 characters C11
/// promises for a string literal (`-Woverlength-strings`).
const CHUNK: usize = 512;

pub fn build(component_type: &ComponentType) -> Section {
    Section {
        name: component_type.section.clone(),
        chunks: component_type.bytes.chunks(CHUNK).map(escape).collect(),
    }
}

/// Assembler string escapes written inside a C string literal: printable
/// letters, digits and a few safe signs as they are; every other byte as
/// `\\ooo` (C gives the assembler `\ooo`, an octal escape).
fn escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for &byte in bytes {
        if byte.is_ascii_alphanumeric() || b" -_.:/@#[]+=,".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("\\\\{byte:03o}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_backslashes_and_controls() {
        assert_eq!(
            escape(b"a\"\\\x00\xff?"),
            "a\\\\042\\\\134\\\\000\\\\377\\\\077"
        );
    }
}
