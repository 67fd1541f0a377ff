//! Letter pages with 1-inch margins: wrapping by the font's own glyph widths, page
//! breaks, "Page X of Y", and captions and signature blocks that are never split.
//! Pure: it takes a way to measure text and gives positioned text and rules, so it is
//! tested without drawing anything.

use super::model::{Block, Document, SignLine};

pub const PAGE_WIDTH: f32 = 612.0;
pub const PAGE_HEIGHT: f32 = 792.0;
pub const MARGIN: f32 = 72.0;
pub const SIZE: f32 = 12.0;
/// One and a half lines: easy to read and to mark up.
pub const LEADING: f32 = 18.0;
const SMALL: f32 = 10.0;
const INDENT: f32 = 36.0;
const RIGHT: f32 = PAGE_WIDTH - MARGIN;
const WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Signature lines take the right half of the text block.
const SIGN_X: f32 = MARGIN + WIDTH / 2.0;

/// Text widths in points, from the font that will draw them.
pub trait Measure {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32;
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Text with its baseline's left end at (x, y), y up from the bottom of the page.
    Text { x: f32, y: f32, size: f32, bold: bool, text: String },
    /// A line from (x1, y1) to (x2, y2): a rule to sign on, or a side of a box.
    Line { x1: f32, y1: f32, x2: f32, y2: f32 },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub marks: Vec<Mark>,
}

/// A run of lines that must stay on one page, `height` points tall. Marks are placed
/// relative to the top of the run.
struct Unit {
    height: f32,
    marks: Vec<Mark>,
    /// Keep with the next unit (a heading with its paragraph).
    keep_with_next: bool,
}

/// Lays out one paper; each page ends with "Page X of Y".
pub fn layout(doc: &Document, m: &dyn Measure) -> Vec<Page> {
    layout_numbered(doc, m, "Page {n} of {total}")
}

/// Lays out one paper; each page ends with `numbered` ("Page {n} of {total}") filled in.
pub fn layout_numbered(doc: &Document, m: &dyn Measure, numbered: &str) -> Vec<Page> {
    let units = units(doc, m);
    let top = PAGE_HEIGHT - MARGIN;
    let bottom = MARGIN;
    let mut pages = vec![Page::default()];
    let mut y = top;
    let mut i = 0;
    while i < units.len() {
        // A unit kept with the next one moves with it.
        let mut need = units[i].height;
        let mut j = i;
        while units[j].keep_with_next && j + 1 < units.len() {
            j += 1;
            need += units[j].height;
        }
        if y - need < bottom && y < top {
            pages.push(Page::default());
            y = top;
        }
        let page = pages.last_mut().expect("one page at least");
        for mark in &units[i].marks {
            page.marks.push(shift(mark, y));
        }
        y -= units[i].height;
        i += 1;
    }
    let total = pages.len();
    for (n, page) in pages.iter_mut().enumerate() {
        let footer = crate::rules::text::fill(numbered, &[("n", (n + 1).to_string()), ("total", total.to_string())]);
        let w = m.width(&footer, SMALL, false);
        page.marks.push(Mark::Text { x: (PAGE_WIDTH - w) / 2.0, y: MARGIN / 2.0, size: SMALL, bold: false, text: footer });
    }
    pages
}

fn shift(mark: &Mark, top: f32) -> Mark {
    match mark {
        Mark::Text { x, y, size, bold, text } => Mark::Text { x: *x, y: top - y, size: *size, bold: *bold, text: text.clone() },
        Mark::Line { x1, y1, x2, y2 } => Mark::Line { x1: *x1, y1: top - y1, x2: *x2, y2: top - y2 },
    }
}

/// The document's blocks as units to place on pages, in order.
fn units(doc: &Document, m: &dyn Measure) -> Vec<Unit> {
    let mut out = Vec::new();
    for (k, block) in doc.blocks.iter().enumerate() {
        // Words that introduce boxes to tick or lines to write on stay with them.
        let introduces = matches!(doc.blocks.get(k + 1), Some(Block::Check(_) | Block::WriteIn(_)));
        match block {
            Block::Caption { court, left, cause } => out.push(caption(court, left, cause, m)),
            Block::Title(t) => out.push(centred(t, true, 0.0, 0.0, m)),
            Block::Subtitle(t) => out.push(centred(t, false, 0.0, LEADING / 2.0, m)),
            Block::Heading(t) => out.push(centred(t, true, LEADING / 2.0, 0.0, m)),
            Block::Subheading(t) => {
                let mut u = Builder::default();
                u.gap(LEADING / 3.0);
                for line in wrap(t, WIDTH, m, SIZE, true) {
                    u.text(MARGIN, &line, SIZE, true);
                }
                out.push(u.done(true));
            }
            Block::Check(text) => {
                // Boxes to tick stay with what introduces them and with what follows
                // (a certificate's signature lines).
                keep_previous(&mut out);
                out.push(check_item(text, m));
            }
            Block::WriteIn(n) => {
                // Lines to write on, kept with the words that ask for them: a few lines
                // stay together; many may run onto the next page, one unit each.
                keep_previous(&mut out);
                let per_unit = if *n <= 4 { *n } else { 1 };
                for _ in 0..n.div_ceil(per_unit.max(1)) {
                    let mut u = Builder::default();
                    for _ in 0..per_unit {
                        u.gap(LEADING + 4.0);
                        u.rule(MARGIN, RIGHT, -14.0);
                    }
                    out.push(u.done(false));
                }
                if let Some(last) = out.last_mut() {
                    last.height += LEADING / 3.0;
                }
            }
            Block::Field { label, value } => out.push(field(label, value.as_deref(), m)),
            Block::Para { number, text, .. } => {
                // One unit per line, so a long paragraph may break across pages.
                let first_x = MARGIN + INDENT;
                let lead = number.map(|n| format!("{n}.\u{a0}\u{a0}")).unwrap_or_default();
                let lines = wrap_first(&format!("{lead}{text}"), WIDTH - INDENT, WIDTH, m, SIZE, false);
                for (k, line) in lines.into_iter().enumerate() {
                    let mut u = Builder::default();
                    u.text(if k == 0 { first_x } else { MARGIN }, &line, SIZE, false);
                    out.push(u.done(introduces));
                }
                if let Some(last) = out.last_mut() {
                    last.height += LEADING / 3.0;
                }
            }
            Block::Item(text) => {
                let lines = wrap(text, WIDTH - INDENT, m, SIZE, false);
                let mut u = Builder::default();
                for line in lines {
                    u.text(MARGIN + INDENT, &line, SIZE, false);
                }
                u.gap(LEADING / 3.0);
                out.push(u.done(false));
            }
            Block::Signature { intro, lines } => out.push(signature(intro, lines, m)),
        }
    }
    out
}

/// The caption: the court, then the parties and the cause number in two columns.
fn caption(court: &str, left: &[String], cause: &str, m: &dyn Measure) -> Unit {
    let mut u = Builder::default();
    for line in wrap(court, WIDTH, m, SIZE, true) {
        u.centred(&line, SIZE, true, m);
    }
    u.gap(LEADING / 2.0);
    let part = |i: usize| left.get(i).cloned().unwrap_or_default();
    // Name ... PETITIONER / V. ... CAUSE NO. / STATE ... RESPONDENT
    u.pair(&part(0), &part(1), m);
    u.gap(LEADING / 2.0);
    u.pair(&part(2), cause, m);
    u.gap(LEADING / 2.0);
    u.pair(&part(3), &part(4), m);
    u.rule(MARGIN, RIGHT, 6.0);
    u.gap(LEADING);
    u.done(false)
}

/// A label and a line to fill in to the right margin, the value printed on it when
/// known; a label too long for the line goes above it.
fn field(label: &str, value: Option<&str>, m: &dyn Measure) -> Unit {
    let mut u = Builder::default();
    u.gap(LEADING / 3.0);
    let label = format!("{label}:");
    let lw = m.width(&label, SIZE, false);
    let start = if lw > WIDTH / 2.0 {
        for line in wrap(&label, WIDTH, m, SIZE, false) {
            u.text(MARGIN, &line, SIZE, false);
        }
        u.y += 4.0;
        MARGIN
    } else {
        MARGIN + lw + 6.0
    };
    let lines = wrap(value.unwrap_or_default(), RIGHT - start, m, SIZE, false);
    for (k, line) in lines.iter().enumerate() {
        if k == 0 && start > MARGIN {
            u.text(MARGIN, &label, SIZE, false);
            u.marks.push(Mark::Text { x: start, y: u.y - (LEADING - SIZE) / 2.0, size: SIZE, bold: false, text: line.clone() });
        } else {
            u.text(start, line, SIZE, false);
        }
    }
    u.rule(start, RIGHT, -12.0);
    u.gap(LEADING / 3.0);
    u.done(false)
}

/// Centred lines (titles and headings), with a gap `before` and `after`; kept with
/// what follows.
fn centred(text: &str, bold: bool, before: f32, after: f32, m: &dyn Measure) -> Unit {
    let mut u = Builder::default();
    if before > 0.0 {
        u.gap(before);
    }
    for line in wrap(text, WIDTH, m, SIZE, bold) {
        u.centred(&line, SIZE, bold, m);
    }
    if after > 0.0 {
        u.gap(after);
    }
    u.done(true)
}

/// A checklist line: an empty box to tick, then the text.
fn check_item(text: &str, m: &dyn Measure) -> Unit {
    let lines = wrap(text, WIDTH - INDENT, m, SIZE, false);
    let mut u = Builder::default();
    for (k, line) in lines.iter().enumerate() {
        u.text(MARGIN + INDENT, line, SIZE, false);
        if k == 0 {
            // An empty box to tick, 9 points square, on the first line.
            let base = u.y - (LEADING - SIZE) / 2.0;
            u.boxed(MARGIN + INDENT - 16.0, base, 9.0);
        }
    }
    u.gap(LEADING / 4.0);
    u.done(true)
}

/// Keeps the unit placed last with the next one.
fn keep_previous(out: &mut [Unit]) {
    if let Some(last) = out.last_mut() {
        last.keep_with_next = true;
    }
}

/// A signature block, kept whole: its opening words, then a line per signature with
/// the value (if known) above it and the label below.
fn signature(intro: &[String], lines: &[SignLine], m: &dyn Measure) -> Unit {
    let mut u = Builder::default();
    u.gap(LEADING / 2.0);
    for t in intro {
        for line in wrap(t, WIDTH, m, SIZE, false) {
            u.text(MARGIN, &line, SIZE, false);
        }
    }
    for l in lines {
        u.gap(LEADING);
        match &l.value {
            Some(v) => {
                for line in wrap(v, RIGHT - SIGN_X, m, SIZE, false) {
                    u.text(SIGN_X, &line, SIZE, false);
                }
                u.rule(SIGN_X, RIGHT, 3.0);
            }
            None => u.rule(SIGN_X, RIGHT, 0.0),
        }
        for line in wrap(&l.label, RIGHT - SIGN_X, m, SMALL, false) {
            u.text_sized(SIGN_X, &line, SMALL, 13.0);
        }
    }
    u.gap(LEADING / 2.0);
    u.done(false)
}

/// Builds one unit, top down.
#[derive(Default)]
struct Builder {
    y: f32,
    marks: Vec<Mark>,
}

impl Builder {
    fn text(&mut self, x: f32, text: &str, size: f32, bold: bool) {
        self.y += LEADING;
        self.marks.push(Mark::Text { x, y: self.y - (LEADING - size) / 2.0, size, bold, text: text.to_string() });
    }

    fn text_sized(&mut self, x: f32, text: &str, size: f32, leading: f32) {
        self.y += leading;
        self.marks.push(Mark::Text { x, y: self.y - 2.0, size, bold: false, text: text.to_string() });
    }

    fn centred(&mut self, text: &str, size: f32, bold: bool, m: &dyn Measure) {
        let w = m.width(text, size, bold);
        self.text(MARGIN + (WIDTH - w).max(0.0) / 2.0, text, size, bold);
    }

    /// Left text and right-aligned text side by side. The right text takes at most
    /// half the line; each side wraps within its own part, so neither crosses the
    /// other or the margin.
    fn pair(&mut self, left: &str, right: &str, m: &dyn Measure) {
        let right_lines = wrap(right, WIDTH / 2.0 - 9.0, m, SIZE, false);
        let rw = right_lines.iter().map(|l| m.width(l, SIZE, false)).fold(0.0, f32::max);
        let left_lines = wrap(left, WIDTH - rw - 18.0, m, SIZE, false);
        for k in 0..left_lines.len().max(right_lines.len()) {
            self.text(MARGIN, left_lines.get(k).map_or("", String::as_str), SIZE, false);
            if let Some(line) = right_lines.get(k).filter(|l| !l.is_empty()) {
                let y = self.y - (LEADING - SIZE) / 2.0;
                let x = RIGHT - m.width(line, SIZE, false);
                self.marks.push(Mark::Text { x, y, size: SIZE, bold: false, text: line.clone() });
            }
        }
    }

    fn rule(&mut self, x1: f32, x2: f32, below: f32) {
        self.y += below + 14.0;
        self.marks.push(Mark::Line { x1, y1: self.y, x2, y2: self.y });
    }

    /// A square of side `side` whose bottom edge sits on the baseline at `base`.
    fn boxed(&mut self, x: f32, base: f32, side: f32) {
        let top = base - side;
        for (x1, y1, x2, y2) in [(x, base, x + side, base), (x, top, x + side, top), (x, base, x, top), (x + side, base, x + side, top)] {
            self.marks.push(Mark::Line { x1, y1, x2, y2 });
        }
    }

    fn gap(&mut self, h: f32) {
        self.y += h;
    }

    fn done(self, keep_with_next: bool) -> Unit {
        Unit { height: self.y, marks: self.marks, keep_with_next }
    }
}

/// Greedy wrapping at spaces. A no-break space (as in "§ 99-19-71") never breaks, and a
/// word longer than the line is put on a line of its own.
pub fn wrap(text: &str, width: f32, m: &dyn Measure, size: f32, bold: bool) -> Vec<String> {
    wrap_first(text, width, width, m, size, bold)
}

fn wrap_first(text: &str, first: f32, rest: f32, m: &dyn Measure, size: f32, bold: bool) -> Vec<String> {
    // Widths add up (no kerning), so each word is measured once.
    let space = m.width(" ", size, bold);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let limit = if lines.is_empty() { first } else { rest };
        let mut word_width = m.width(word, size, bold);
        let mut word = word;
        // A word wider than a whole line (a long name or case number without spaces)
        // is broken between letters: every full piece on a line of its own.
        let broken;
        if word_width > rest.min(first) {
            let mut pieces = break_word(word, rest.min(first), m, size, bold);
            broken = pieces.pop().unwrap_or_default();
            for piece in pieces {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                lines.push(piece);
            }
            word = &broken;
            word_width = m.width(word, size, bold);
        }
        if line.is_empty() {
            line.push_str(word);
            line_width = word_width;
        } else if line_width + space + word_width <= limit {
            line.push(' ');
            line.push_str(word);
            line_width += space + word_width;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
            line_width = word_width;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word cut into pieces that each fit `width`, at least one letter a piece.
fn break_word(word: &str, width: f32, m: &dyn Measure, size: f32, bold: bool) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut piece_width = 0.0;
    let mut buf = [0u8; 4];
    for c in word.chars() {
        let w = m.width(c.encode_utf8(&mut buf), size, bold);
        if !piece.is_empty() && piece_width + w > width {
            pieces.push(std::mem::take(&mut piece));
            piece_width = 0.0;
        }
        piece.push(c);
        piece_width += w;
    }
    pieces.push(piece);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packet::model::SignLine;

    /// Every character 6 points wide at 12 points.
    struct Fixed;
    impl Measure for Fixed {
        fn width(&self, text: &str, size: f32, _bold: bool) -> f32 {
            text.chars().count() as f32 * size / 2.0
        }
    }

    fn para(text: &str) -> Block {
        Block::Para { number: Some(1), text: text.into(), rests_on: Vec::new() }
    }

    #[test]
    fn lines_wrap_at_spaces_and_keep_no_break_spaces() {
        let lines = wrap("Miss. Code Ann. §\u{a0}99-19-71 says so", 90.0, &Fixed, 12.0, false);
        assert!(lines.iter().all(|l| Fixed.width(l, 12.0, false) <= 90.0), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("§\u{a0}99-19-71")), "{lines:?}");
        let long = wrap("Supercalifragilistic", 30.0, &Fixed, 12.0, false);
        assert_eq!(long, vec!["Super", "calif", "ragil", "istic"], "a word longer than the line is broken, never past the margin");
    }

    #[test]
    fn a_word_longer_than_a_line_is_broken_and_no_line_crosses_the_margin() {
        let long = "X".repeat(250);
        let lines = wrap(&format!("Name: {long} end"), WIDTH, &Fixed, SIZE, false);
        assert!(lines.iter().all(|l| Fixed.width(l, SIZE, false) <= WIDTH), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("Name:{long}end"), "no letter is lost");
        assert_eq!(lines[0], "Name:");
    }

    #[test]
    fn a_long_name_and_a_long_cause_number_in_the_caption_keep_apart() {
        let doc = Document {
            name: "t".into(),
            blocks: vec![Block::Caption {
                court: "IN THE CIRCUIT COURT OF HINDS COUNTY, MISSISSIPPI".into(),
                left: vec!["N".repeat(120), "PETITIONER".into(), "V.".into(), "THE STATE".into(), "RESPONDENT".into()],
                cause: format!("CAUSE NO. {}", "9".repeat(60)),
            }],
        };
        let pages = layout(&doc, &Fixed);
        for mark in &pages[0].marks {
            if let Mark::Text { x, text, .. } = mark {
                assert!(*x >= MARGIN - 0.01 && x + Fixed.width(text, SIZE, false) <= RIGHT + 0.01, "{text} crosses a margin");
            }
        }
        let mut spans: Vec<(f32, f32, f32)> = Vec::new();
        for mark in &pages[0].marks {
            if let Mark::Text { x, y, text, .. } = mark {
                let span = (*y, *x, x + Fixed.width(text, SIZE, false));
                assert!(
                    spans.iter().all(|(oy, ox1, ox2)| (oy - y).abs() > 1.0 || span.2 <= *ox1 || span.1 >= *ox2),
                    "{text} overlaps another text on its line"
                );
                spans.push(span);
            }
        }
    }

    #[test]
    fn a_long_paper_breaks_into_pages_numbered_x_of_y() {
        let blocks: Vec<Block> = (0..80).map(|i| para(&format!("Paragraph {i} with some words in it."))).collect();
        let pages = layout(&Document { name: "T".into(), blocks }, &Fixed);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let n = pages.len();
        for (i, p) in pages.iter().enumerate() {
            let footer = format!("Page {} of {n}", i + 1);
            assert!(p.marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if *text == footer)), "{footer}");
            for mark in &p.marks {
                if let Mark::Text { y, text, .. } = mark
                    && !text.starts_with("Page ")
                {
                    assert!(*y >= MARGIN - 1.0 && *y <= PAGE_HEIGHT - MARGIN, "{text} at {y} is inside the margins");
                }
            }
        }
    }

    #[test]
    fn a_signature_block_is_never_split_across_pages() {
        for filler in 30..45 {
            let mut blocks: Vec<Block> = (0..filler).map(|i| para(&format!("Filler {i}."))).collect();
            blocks.push(Block::Signature {
                intro: vec!["Respectfully submitted,".into()],
                lines: ["Signature", "Printed name", "Mailing address", "Telephone"]
                    .map(|l| SignLine { label: l.into(), value: None })
                    .to_vec(),
            });
            let pages = layout(&Document { name: "T".into(), blocks }, &Fixed);
            let holding: Vec<usize> = pages
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if text == "Respectfully submitted," || text == "Telephone"))
                })
                .map(|(i, _)| i)
                .collect();
            assert_eq!(holding.len(), 1, "with {filler} paragraphs the block is on pages {holding:?}");
        }
    }

    #[test]
    fn a_title_is_kept_with_what_follows_it() {
        for filler in 30..45 {
            let mut blocks: Vec<Block> = (0..filler).map(|i| para(&format!("Filler {i}."))).collect();
            blocks.push(Block::Heading("CERTIFICATE OF SERVICE".into()));
            blocks.push(para("I certify that I mailed a copy."));
            let pages = layout(&Document { name: "T".into(), blocks }, &Fixed);
            let page_of = |needle: &str| {
                pages.iter().position(|p| p.marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if text.contains(needle))))
            };
            assert_eq!(page_of("CERTIFICATE"), page_of("I certify"), "with {filler} paragraphs");
        }
    }
}
