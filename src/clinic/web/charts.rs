//! Bar charts drawn on the server as inline SVG: no script, no request for anything
//! else. Each chart is an image with a title and a description that reads out every
//! bar (`role="img"`, `aria-labelledby`); the page puts the same numbers in a table
//! beside it. Colours are attributes (the site's content security policy allows no
//! inline style); the text takes the page's font. The stylesheet fits a chart to the
//! column (`.chart svg`); without it, a chart is drawn at its own size.
//!
//! A bar's label sits on its own line above the bar, so the chart stays legible when a
//! phone shrinks it to a third of its width.

use std::fmt::Write as _;

/// The drawing's width, in its own units.
const WIDTH: f64 = 400.0;
/// The space left after the longest bar for its number.
const NUMBER_ROOM: f64 = 56.0;
/// One bar's height, with its label above it.
const ROW: f64 = 44.0;
/// The longest label drawn, in letters; the table beside the chart has each in full.
const LABEL: usize = 48;

/// Text made safe inside XML (an element's text or an attribute in double quotes).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0; a label never needs one.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A label cut to `LABEL` letters.
fn short(label: &str) -> String {
    if label.chars().count() <= LABEL {
        label.to_string()
    } else {
        let cut: String = label.chars().take(LABEL - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A horizontal bar chart of `bars` (label, number), largest bar full width. `id`
/// makes the title's and description's ids unique on the page.
pub fn bar_chart(id: &str, title: &str, desc: &str, bars: &[(String, i64)]) -> String {
    let height = (bars.len().max(1) as f64) * ROW + 4.0;
    let most = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
    let id = escape(id);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-size=\"16\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(desc)
    );
    for (i, (label, n)) in bars.iter().enumerate() {
        let top = i as f64 * ROW;
        let length = ((*n).max(0) as f64 / most * (WIDTH - NUMBER_ROOM)).max(if *n > 0 { 2.0 } else { 0.0 });
        let _ = write!(
            svg,
            "<g><text x=\"0\" y=\"{:.1}\" fill=\"#1b1f24\">{}</text>\
             <rect x=\"0\" y=\"{:.1}\" width=\"{length:.1}\" height=\"16\" fill=\"#0b4f8a\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#1b1f24\" font-weight=\"700\">{n}</text></g>",
            top + 16.0,
            escape(&short(label)),
            top + 22.0,
            length + 6.0,
            top + 35.5,
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_cut() {
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
        let long = "x".repeat(80);
        assert_eq!(short(&long).chars().count(), LABEL);
        let svg = bar_chart("c", "T <1>", "D", &[("A & B".into(), 3), ("C".into(), 0)]);
        assert!(svg.contains("T &lt;1&gt;") && svg.contains("A &amp; B"));
        assert!(svg.contains("width=\"0.0\""), "an empty bar has no length");
    }
}
