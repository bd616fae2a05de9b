//! Escaping text for HTML and SVG markup.

/// `s` as element content: `&`, `<` and `>` escaped.
pub fn text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `s` as a double-quoted attribute value.
pub fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

/// JSON text `s` inside a `<script>`: `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX`
/// (they can only be inside JSON strings, where the escape means the same), so neither
/// `</script>` nor `<!--` (which makes the HTML parser swallow the rest of the page) can appear.
pub fn json_in_script(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(text("a < b & c > d"), "a &lt; b &amp; c &gt; d");
        assert_eq!(attr(r#"say "hi""#), "say &quot;hi&quot;");
        assert_eq!(
            json_in_script("{\"a\":\"</script><!--<script>&\u{2028}\"}"),
            r#"{"a":"\u003c/script\u003e\u003c!--\u003cscript\u003e\u0026\u2028"}"#
        );
        let notes = serde_json::json!({ "notes": "<!--<script> a & b\u{2029}" }).to_string();
        let back: serde_json::Value = serde_json::from_str(&json_in_script(&notes)).unwrap_or_default();
        assert_eq!(back["notes"], "<!--<script> a & b\u{2029}", "the same text once parsed");
    }
}
