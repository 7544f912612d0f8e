//! Positions inside TOML string literals, and the characters no text may hold.
//!
//! A string's value and its literal in the file differ wherever the literal has escapes (`\"`,
//! `\u00e5`) or is multi-line (`"""` with a trimmed first newline and line-ending backslashes). A
//! problem found at byte `n` of the *value* (a condition's bad token, a control character) is reported
//! at the byte of the *literal* that produced it, so `file:line:col` points at what the author typed.

/// The byte offset in `file` of the literal character that produced byte `value_offset` of the string
/// value whose literal starts at `start` (at its opening quote). Falls back to the literal's start when
/// `start` does not begin a string literal.
pub fn raw_offset(file: &str, start: usize, value_offset: usize) -> usize {
    let Some(rest) = file.get(start..) else {
        return start;
    };
    let (quote, multi) = if rest.starts_with("\"\"\"") {
        ('"', true)
    } else if rest.starts_with("'''") {
        ('\'', true)
    } else if rest.starts_with('"') {
        ('"', false)
    } else if rest.starts_with('\'') {
        ('\'', false)
    } else {
        return start;
    };
    let basic = quote == '"';
    let open = if multi { 3 } else { 1 };
    let body = &rest[open..];
    let mut chars = body.char_indices().peekable();
    // A newline right after the opening delimiter of a multi-line string is not part of the value.
    if multi {
        if body.starts_with("\r\n") {
            chars.next();
            chars.next();
        } else if body.starts_with('\n') {
            chars.next();
        }
    }
    let mut produced = 0usize;
    while let Some((i, c)) = chars.next() {
        let at = start + open + i;
        if c == quote && !multi {
            return at;
        }
        if basic && c == '\\' {
            let Some(&(_, e)) = chars.peek() else {
                return at;
            };
            let len = match e {
                'u' | 'U' => {
                    chars.next();
                    let digits = if e == 'u' { 4 } else { 8 };
                    let hex: String = (0..digits)
                        .filter_map(|_| chars.next())
                        .map(|(_, h)| h)
                        .collect();
                    u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .map_or(1, char::len_utf8)
                }
                'x' => {
                    chars.next();
                    let hex: String = (0..2)
                        .filter_map(|_| chars.next())
                        .map(|(_, h)| h)
                        .collect();
                    u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .map_or(1, char::len_utf8)
                }
                ' ' | '\t' | '\n' | '\r' if multi => {
                    // A line-ending backslash: the newline and the whitespace after it vanish.
                    while chars.peek().is_some_and(|&(_, w)| w.is_whitespace()) {
                        chars.next();
                    }
                    0
                }
                _ => {
                    chars.next();
                    1
                }
            };
            if value_offset < produced + len.max(1) && len > 0 {
                return at;
            }
            produced += len;
            continue;
        }
        if value_offset < produced + c.len_utf8() {
            return at;
        }
        produced += c.len_utf8();
    }
    start
}

/// Whether `c` may not appear in content text: C0 controls other than tab, newline and the carriage
/// return of a CRLF line end (a lone one is refused where it is found), DEL, the C1
/// controls (U+0080–U+009F, U+009B is a terminal's CSI) and the bidirectional controls that can make a
/// terminal show text in an order other than its own (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
pub fn forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Every forbidden character in every string (and key) of a parsed TOML file: (byte offset in the file,
/// the character). A file that does not parse yields nothing here; its syntax error is reported already.
pub fn forbidden_in(file: &str) -> Vec<(usize, char)> {
    use toml::de::{DeTable, DeValue};
    let Ok(table) = DeTable::parse(file) else {
        return Vec::new();
    };
    fn check(file: &str, start: usize, s: &str, out: &mut Vec<(usize, char)>) {
        let lone_cr = |i: usize| s[i..].starts_with('\r') && !s[i..].starts_with("\r\n");
        for (i, c) in s
            .char_indices()
            .filter(|&(i, c)| forbidden(c) || lone_cr(i))
        {
            out.push((raw_offset(file, start, i), c));
        }
    }
    fn walk(file: &str, v: &toml::Spanned<DeValue<'_>>, out: &mut Vec<(usize, char)>) {
        match v.get_ref() {
            DeValue::String(s) => check(file, v.span().start, s, out),
            DeValue::Array(a) => a.iter().for_each(|x| walk(file, x, out)),
            DeValue::Table(t) => {
                for (k, x) in t.iter() {
                    check(file, k.span().start, k.get_ref(), out);
                    walk(file, x, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (k, v) in table.get_ref().iter() {
        check(file, k.span().start, k.get_ref(), &mut out);
        walk(file, v, &mut out);
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(file: &str, needle: &str, value_offset: usize) -> usize {
        raw_offset(file, file.find(needle).unwrap_or(0), value_offset)
    }

    #[test]
    fn maps_value_offsets_through_escapes_and_multi_line_strings() {
        let f = r#"a = "x\"yz""#;
        // value: x"yz — the `y` is value byte 2, literal byte 8.
        assert_eq!(&f[at(f, "\"x", 2)..at(f, "\"x", 2) + 1], "y");
        let f = "a = \"\\u00e5b\"";
        // value: åb — `b` is value byte 2.
        assert_eq!(&f[at(f, "\"\\u", 2)..at(f, "\"\\u", 2) + 1], "b");
        let f = "a = \"\"\"\nfirst\nsecond\"\"\"";
        // value: first\nsecond — `s` of second is value byte 6.
        let o = at(f, "\"\"\"", 6);
        assert_eq!(&f[o..o + 6], "second");
        let f = "a = 'li\\teral'";
        assert_eq!(&f[at(f, "'li", 2)..at(f, "'li", 2) + 1], "\\");
    }

    #[test]
    fn finds_controls_and_bidi_characters_where_they_were_typed() {
        let f = "[meta]\ntitle = \"ok \\u001b[31m\"\nnote = \"\u{202e}evil\"\nx = 'fine\ttab'\n";
        let found = forbidden_in(f);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, '\u{1b}');
        assert_eq!(&f[found[0].0..found[0].0 + 2], "\\u");
        assert_eq!(found[1].1, '\u{202e}');
        assert!(!forbidden('\n') && !forbidden('\t') && !forbidden('å'));
        assert!(forbidden('\u{9b}') && forbidden('\u{2067}'));
    }
}
