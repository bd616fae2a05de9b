//! Escaping text for HTML and SVG markup.

/// `s` as element content: `&`, `<` and `>` escaped.
pub fn text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `s` as a double-quoted attribute value.
pub fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

/// `s` inside `<script type="application/json">`: no `</script>` can end it early.
pub fn json_in_script(s: &str) -> String {
    s.replace("</", "<\\/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(text("a < b & c > d"), "a &lt; b &amp; c &gt; d");
        assert_eq!(attr(r#"say "hi""#), "say &quot;hi&quot;");
        assert_eq!(json_in_script(r#"{"a":"</script>"}"#), r#"{"a":"<\/script>"}"#);
    }
}
