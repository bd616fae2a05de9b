//! Inline markup: `**bold**`, `*italic*`, `[label](url)`, `<url>` and bare `https://…` links.
//!
//! A marker without its closing partner is kept as a literal character (and reported), so a
//! stray asterisk never swallows the rest of a paragraph. `\*` writes a literal asterisk.

use crate::model::{RichText, Span, SpanStyle};

/// Parses markup; returns the text and, for each problem, its byte offset and a message.
pub fn parse_inline(src: &str) -> (RichText, Vec<(usize, crate::diagnostics::Message)>) {
    let mut p = Parser {
        src,
        out: Vec::new(),
        buf: String::new(),
        style: SpanStyle::default(),
        problems: Vec::new(),
    };
    p.run();
    p.flush(None);
    (RichText { spans: p.out }, p.problems)
}

struct Parser<'a> {
    src: &'a str,
    out: Vec<Span>,
    buf: String,
    style: SpanStyle,
    problems: Vec<(usize, crate::diagnostics::Message)>,
}

fn is_url_start(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://") || s.starts_with("mailto:")
}

impl Parser<'_> {
    fn flush(&mut self, link: Option<String>) {
        if !self.buf.is_empty() {
            let text = std::mem::take(&mut self.buf);
            match self.out.last_mut() {
                Some(last) if last.style == self.style && last.link.is_none() && link.is_none() => {
                    last.text.push_str(&text)
                }
                _ => self.out.push(Span {
                    text,
                    style: self.style,
                    link,
                }),
            }
        }
    }

    /// Whether a closing `marker` follows `from` (for `*`, one not part of `**`).
    fn has_closer(&self, from: usize, marker: &str) -> bool {
        let rest = &self.src[from..];
        let mut i = 0;
        while let Some(pos) = rest[i..].find(marker) {
            let at = i + pos;
            if at > 0 && rest.as_bytes()[at - 1] == b'\\' {
                i = at + 1;
                continue;
            }
            if marker == "*" && rest[at..].starts_with("**") {
                i = at + 2;
                continue;
            }
            return true;
        }
        false
    }

    fn run(&mut self) {
        let src = self.src;
        let mut i = 0;
        while i < src.len() {
            let rest = &src[i..];
            // Up to the next byte that can start markup (an escape, emphasis, a link, a URL:
            // `http…`, `mailto:`), the text is taken as it is, in one piece.
            let plain = rest
                .bytes()
                .position(|b| matches!(b, b'\\' | b'*' | b'[' | b'<' | b'h' | b'm'))
                .unwrap_or(rest.len());
            if plain > 0 {
                self.buf.push_str(&rest[..plain]);
                i += plain;
                continue;
            }
            if let Some(stripped) = rest.strip_prefix('\\')
                && let Some(c) = stripped.chars().next()
                && "*[]<>\\".contains(c)
            {
                self.buf.push(c);
                i += 1 + c.len_utf8();
                continue;
            }
            if rest.starts_with("**") {
                if self.style.bold || self.has_closer(i + 2, "**") {
                    self.flush(None);
                    self.style.bold = !self.style.bold;
                } else {
                    self.problems.push((i, crate::msg!("deck-markup-bold-unclosed")));
                    self.buf.push_str("**");
                }
                i += 2;
                continue;
            }
            if rest.starts_with('*') {
                if self.style.italic || self.has_closer(i + 1, "*") {
                    self.flush(None);
                    self.style.italic = !self.style.italic;
                } else {
                    self.problems.push((i, crate::msg!("deck-markup-italic-unclosed")));
                    self.buf.push('*');
                }
                i += 1;
                continue;
            }
            if rest.starts_with('[')
                && let Some(close) = rest.find("](")
                && let Some(end) = rest[close + 2..].find(')')
            {
                let label = &rest[1..close];
                let url = rest[close + 2..close + 2 + end].trim();
                if is_url_start(url) && !label.contains('\n') {
                    self.flush(None);
                    self.buf.push_str(label);
                    self.flush(Some(url.to_string()));
                    i += close + 2 + end + 1;
                    continue;
                }
            }
            if rest.starts_with('<')
                && let Some(end) = rest.find('>')
                && is_url_start(&rest[1..end])
                && !rest[1..end].contains(char::is_whitespace)
            {
                let url = &rest[1..end];
                self.flush(None);
                self.buf.push_str(url);
                self.flush(Some(url.to_string()));
                i += end + 1;
                continue;
            }
            if is_url_start(rest) && (i == 0 || src[..i].ends_with(|c: char| c.is_whitespace() || c == '(')) {
                let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
                let url = rest[..len].trim_end_matches(['.', ',', ';', ')']);
                self.flush(None);
                self.buf.push_str(url);
                self.flush(Some(url.to_string()));
                i += url.len();
                continue;
            }
            let c = rest.chars().next().unwrap_or(' ');
            self.buf.push(c);
            i += c.len_utf8();
        }
        if self.style.bold || self.style.italic {
            self.problems
                .push((src.len(), crate::msg!("deck-markup-emphasis-unclosed")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(t: &RichText) -> Vec<(String, bool, bool, Option<String>)> {
        t.spans
            .iter()
            .map(|s| (s.text.clone(), s.style.bold, s.style.italic, s.link.clone()))
            .collect()
    }

    #[test]
    fn bold_italic_and_links() {
        let (t, p) = parse_inline("**Nom (2023).** « Titre », *Revue*, voir [ici](https://a.b/c) ou <https://x.y>.");
        assert!(p.is_empty());
        let s = shape(&t);
        assert_eq!(s[0], ("Nom (2023).".into(), true, false, None));
        assert_eq!(s[2], ("Revue".into(), false, true, None));
        assert_eq!(s[4], ("ici".into(), false, false, Some("https://a.b/c".into())));
        assert_eq!(s[6], ("https://x.y".into(), false, false, Some("https://x.y".into())));
        assert_eq!(t.to_plain(), "Nom (2023). « Titre », Revue, voir ici ou https://x.y.");
    }

    #[test]
    fn stray_marker_is_literal_and_reported() {
        let (t, p) = parse_inline("5 * 3 = 15");
        assert_eq!(t.to_plain(), "5 * 3 = 15");
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn bare_urls_become_links() {
        let (t, _) = parse_inline("Récupéré de https://www.ville.quebec.qc.ca/a.aspx?id=1.");
        assert_eq!(
            t.spans[1].link.as_deref(),
            Some("https://www.ville.quebec.qc.ca/a.aspx?id=1")
        );
        assert_eq!(t.spans[2].text, ".");
    }
}
