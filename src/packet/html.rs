//! Draws the packet's papers as HTML for the questionnaire's "Review your papers" step:
//! the same model the PDF is drawn from (`pdf`), as markup styled by `style/main.css`
//! (`.paper` and `.paper-*`). Every text is escaped; nothing else is read.

use super::model::{Block, Document, Packet};

/// The papers as HTML: the filing instructions, then each court's petition and order.
pub fn render(packet: &Packet) -> String {
    let mut out = String::with_capacity(32 * 1024);
    paper(&mut out, &packet.instructions);
    for f in &packet.filings {
        for doc in f.documents() {
            paper(&mut out, doc);
        }
    }
    out
}

/// One paper as it will print.
fn paper(out: &mut String, doc: &Document) {
    out.push_str("<article aria-label=\"");
    escape(out, &doc.name, true);
    out.push_str("\" class=\"paper\">");
    for b in &doc.blocks {
        block(out, b);
    }
    out.push_str("</article>");
}

fn block(out: &mut String, b: &Block) {
    match b {
        Block::Caption { court, left, cause } => {
            let part = |i: usize| left.get(i).map_or("", String::as_str);
            out.push_str("<div class=\"paper-caption\">");
            element(out, "p", "paper-court", &[court]);
            for (left, right) in [(part(0), part(1)), (part(2), cause.as_str()), (part(3), part(4))] {
                out.push_str("<p class=\"paper-parties\">");
                element(out, "span", "", &[left]);
                element(out, "span", "", &[right]);
                out.push_str("</p>");
            }
            out.push_str("</div>");
        }
        Block::Title(t) => element(out, "p", "paper-title", &[t]),
        Block::Subtitle(t) => element(out, "p", "paper-subtitle", &[t]),
        Block::Heading(t) => element(out, "p", "paper-heading", &[t]),
        Block::Subheading(t) => element(out, "p", "paper-subheading", &[t]),
        Block::Para { number: Some(n), text, .. } => element(out, "p", "paper-para", &[&format!("{n}. "), text]),
        Block::Para { number: None, text, .. } => element(out, "p", "paper-para", &[text]),
        Block::WriteIn(n) => {
            out.push_str("<div class=\"paper-sign\">");
            for _ in 0..*n {
                out.push_str("<p class=\"paper-line\"><span class=\"paper-value\"> </span></p>");
            }
            out.push_str("</div>");
        }
        Block::Field { label, value } => {
            out.push_str("<p class=\"paper-line\">");
            element(out, "span", "paper-label", &[label]);
            element(out, "span", "paper-value", &[value.as_deref().unwrap_or_default()]);
            out.push_str("</p>");
        }
        Block::Item(t) => element(out, "p", "paper-item", &[t]),
        Block::Check(t) => element(out, "p", "paper-item", &["☐ ", t]),
        Block::Signature { intro, lines } => {
            out.push_str("<div class=\"paper-sign\">");
            for t in intro {
                element(out, "p", "", &[t]);
            }
            for l in lines {
                out.push_str("<p class=\"paper-line\">");
                element(out, "span", "paper-value", &[l.value.as_deref().unwrap_or_default()]);
                element(out, "span", "paper-label", &[&l.label]);
                out.push_str("</p>");
            }
            out.push_str("</div>");
        }
    }
}

/// `<tag class="class">texts</tag>`, without the class when it is empty. An empty text
/// is drawn as one space, so a blank line to fill in by hand keeps its height.
fn element(out: &mut String, tag: &str, class: &str, texts: &[&str]) {
    out.push('<');
    out.push_str(tag);
    if !class.is_empty() {
        out.push_str(" class=\"");
        out.push_str(class);
        out.push('"');
    }
    out.push('>');
    for text in texts {
        if text.is_empty() {
            out.push(' ');
        } else {
            escape(out, text, false);
        }
    }
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// `text` with `&`, `<` and `>` (and in an attribute `"`) written as character references.
fn escape(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packet::model::SignLine;

    #[test]
    fn text_and_attributes_are_escaped() {
        let doc = Document {
            name: r#"Petition for "Jo" <script>"#.into(),
            blocks: vec![
                Block::Para { number: Some(3), text: "<script>alert(1)</script> & Sons".into(), rests_on: Vec::new() },
                Block::Check("a > b".into()),
            ],
        };
        let mut out = String::new();
        paper(&mut out, &doc);
        assert_eq!(
            out,
            r#"<article aria-label="Petition for &quot;Jo&quot; &lt;script&gt;" class="paper"><p class="paper-para">3. &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons</p><p class="paper-item">☐ a &gt; b</p></article>"#
        );
    }

    #[test]
    fn a_caption_has_three_rows_of_parties_and_a_blank_line_keeps_its_height() {
        let caption = Block::Caption { court: "IN THE COURT".into(), left: vec!["A".into(), "B".into()], cause: "CAUSE NO. 1".into() };
        let sign = Block::Signature {
            intro: vec!["Signed".into()],
            lines: vec![SignLine { label: "Signature".into(), value: None }, SignLine { label: "Name".into(), value: Some("Jo".into()) }],
        };
        let mut out = String::new();
        block(&mut out, &caption);
        block(&mut out, &sign);
        assert_eq!(
            out,
            concat!(
                r#"<div class="paper-caption"><p class="paper-court">IN THE COURT</p>"#,
                r#"<p class="paper-parties"><span>A</span><span>B</span></p>"#,
                r#"<p class="paper-parties"><span> </span><span>CAUSE NO. 1</span></p>"#,
                r#"<p class="paper-parties"><span> </span><span> </span></p></div>"#,
                r#"<div class="paper-sign"><p>Signed</p>"#,
                r#"<p class="paper-line"><span class="paper-value"> </span><span class="paper-label">Signature</span></p>"#,
                r#"<p class="paper-line"><span class="paper-value">Jo</span><span class="paper-label">Name</span></p></div>"#,
            )
        );
    }
}
