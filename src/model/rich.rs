//! Inline-styled text: a list of spans, each bold/italic and maybe a link.

/// Inline style of a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct SpanStyle {
    pub bold: bool,
    pub italic: bool,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: SpanStyle,
    /// Target URL when the span is a link.
    pub link: Option<String>,
}

/// Text with inline markup resolved (`**bold**`, `*italic*`, `[label](url)`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RichText {
    pub spans: Vec<Span>,
}

impl RichText {
    /// Unstyled text.
    pub fn plain(text: impl Into<String>) -> Self {
        RichText {
            spans: vec![Span {
                text: text.into(),
                style: SpanStyle::default(),
                link: None,
            }],
        }
    }

    /// The text without markup (and without soft hyphens).
    pub fn to_plain(&self) -> String {
        self.spans
            .iter()
            .flat_map(|s| s.text.chars())
            .filter(|&c| c != '\u{ad}')
            .collect()
    }

    /// The text written back as inline markup (`**bold**`, `*italic*`, `[label](url)`).
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for s in &self.spans {
            let text: String = s.text.chars().filter(|&c| c != '\u{ad}').collect();
            let mut piece = match &s.link {
                Some(url) if *url == text => format!("<{url}>"),
                Some(url) => format!("[{text}]({url})"),
                None => text,
            };
            if s.style.italic {
                piece = format!("*{piece}*");
            }
            if s.style.bold {
                piece = format!("**{piece}**");
            }
            out.push_str(&piece);
        }
        out
    }

    /// True when there is no visible character.
    pub fn is_blank(&self) -> bool {
        self.spans.iter().all(|s| s.text.trim().is_empty())
    }

    /// Same text with every span made bold.
    pub fn emboldened(&self) -> RichText {
        RichText {
            spans: self
                .spans
                .iter()
                .map(|s| Span {
                    style: SpanStyle { bold: true, ..s.style },
                    ..s.clone()
                })
                .collect(),
        }
    }
}
