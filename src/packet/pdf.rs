//! Draws laid-out pages as a PDF with printpdf: the only place that knows printpdf.
//! The type is Liberation Serif (SIL Open Font License, in `fonts/`), embedded and
//! subset, so names such as "Nguyễn", "Zoë" or "Łukasz" print as written and the text
//! stays real, selectable text.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::{Line, LinePoint, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem};

use super::layout::{self, Mark, Measure, PAGE_HEIGHT, PAGE_WIDTH};
use super::model::{Document, Filing, Packet};

static REGULAR_TTF: &[u8] = include_bytes!("fonts/LiberationSerif-Regular.ttf");
static BOLD_TTF: &[u8] = include_bytes!("fonts/LiberationSerif-Bold.ttf");

struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let parse = |bytes: &[u8]| ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("the embedded font parses");
        Fonts { regular: parse(REGULAR_TTF), bold: parse(BOLD_TTF) }
    })
}

impl Measure for Fonts {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let font = if bold { &self.bold } else { &self.regular };
        let per_em = f32::from(font.units_per_em.max(1));
        let units: u32 = text
            .chars()
            .map(|c| {
                let gid = font.lookup_glyph_index(c as u32).unwrap_or(0);
                u32::from(font.get_glyph_width(gid).unwrap_or(font.units_per_em / 2))
            })
            .sum();
        units as f32 * size / per_em
    }
}

/// The font cut down to the glyphs of `chars`, with its own character map, so the PDF
/// carries a few kilobytes of font instead of the whole face. `None` if subsetting
/// fails; the whole font is embedded then.
fn subset(bytes: &[u8], font: &ParsedFont, chars: &BTreeSet<char>) -> Option<ParsedFont> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};
    // Glyph 0 (.notdef) first, then the glyphs used, sorted and without repeats.
    let mut ids: Vec<u16> = chars.iter().filter_map(|c| font.lookup_glyph_index(*c as u32)).filter(|g| *g != 0).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.insert(0, 0);
    let file = ReadScope::new(bytes).read::<FontData<'_>>().ok()?;
    let provider = file.table_provider(0).ok()?;
    let cut = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode).ok()?;
    let parsed = ParsedFont::from_bytes(&cut, 0, &mut Vec::new())?;
    // Every character must still map to a glyph, or the whole font is used.
    chars.iter().all(|c| parsed.lookup_glyph_index(*c as u32).is_some_and(|g| g != 0) || c.is_whitespace()).then_some(parsed)
}

fn line(x1: f32, y1: f32, x2: f32, y2: f32) -> Op {
    let point = |x: f32, y: f32| LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false };
    Op::DrawLine { line: Line { points: vec![point(x1, y1), point(x2, y2)], is_closed: false } }
}

/// The whole packet: the filing instructions, then every petition followed by its
/// order, each paper numbered on its own ("Page 1 of 3").
pub fn render(packet: &Packet) -> Vec<u8> {
    let mut pages = instruction_pages(packet);
    for filing in &packet.filings {
        pages.extend(filing_pages(filing));
    }
    render_pages(&format!("Expungement papers for {}", packet.petitioner), pages)
}

/// The filing instructions laid out, numbered in their own language.
pub fn instruction_pages(packet: &Packet) -> Vec<layout::Page> {
    layout::layout_numbered(&packet.instructions, fonts(), &packet.instructions_page)
}

/// One court's papers laid out (petition, order, identification sheet, and the
/// pauper's affidavit if there is one), each numbered on its own, in English.
pub fn filing_pages(filing: &Filing) -> Vec<layout::Page> {
    filing.documents().flat_map(|doc| layout::layout(doc, fonts())).collect()
}

/// A paper of its own laid out with the papers' type, each page ending with
/// `numbered` ("Page {n} of {total}" filled in): for sheets drawn around the papers,
/// such as a clinic's cover sheet.
pub fn lay_out(doc: &Document, numbered: &str) -> Vec<layout::Page> {
    layout::layout_numbered(doc, fonts(), numbered)
}

/// Pages laid out by the functions above, from one packet or several, as one PDF:
/// for a clinic's batch, squeezed fast (`Squeeze::Fast`).
pub fn render_laid(title: &str, pages: Vec<layout::Page>) -> Vec<u8> {
    save(&mut draw_pages(title, pages, Squeeze::Fast))
}

/// How hard a PDF's streams are compressed.
#[derive(Debug, Clone, Copy)]
enum Squeeze {
    /// zlib level 6: a person's own packet, downloaded on a phone.
    Small,
    /// zlib level 1: a clinic's batch of a thousand packets, printed on the spot. About
    /// a fifth larger, in a third of the time.
    Fast,
}

/// A drawn PDF kept open, to be saved on its own (`bytes`) or joined with others
/// (`join`) without drawing its pages again.
#[derive(Debug, Clone)]
pub struct Drawn(lopdf::Document);

impl Drawn {
    /// Pages laid out by the functions above, drawn for a batch (`Squeeze::Fast`).
    pub fn new(title: &str, pages: Vec<layout::Page>) -> Drawn {
        Drawn(draw_pages(title, pages, Squeeze::Fast))
    }

    /// The PDF's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        save(&mut self.0.clone())
    }
}

/// Drawn PDFs as one, their pages in order. Each keeps its own fonts (each a subset of
/// the letters it uses), so the whole is larger than the same pages drawn at once, but
/// no page is drawn again.
pub fn join(title: &str, drawn: Vec<Drawn>) -> Vec<u8> {
    use lopdf::{Dictionary, Object};
    let mut out = lopdf::Document::with_version("1.3");
    let pages_id = out.new_object_id();
    let mut next = pages_id.0 + 1;
    let mut kids: Vec<Object> = Vec::new();
    for Drawn(mut doc) in drawn {
        doc.renumber_objects_with(next);
        next = doc.max_id + 1;
        kids.extend(doc.get_pages().into_values().map(Object::Reference));
        for (id, object) in doc.objects {
            match object {
                // Each page hangs from the one page tree; each document's own tree and
                // catalogue are left behind (they hold nothing else).
                Object::Dictionary(mut page) if page.has_type(b"Page") => {
                    page.set("Parent", pages_id);
                    out.objects.insert(id, Object::Dictionary(page));
                }
                Object::Dictionary(d) if d.has_type(b"Pages") || d.has_type(b"Catalog") => {}
                other => {
                    out.objects.insert(id, other);
                }
            }
        }
    }
    out.max_id = next;
    let mut tree = Dictionary::new();
    tree.set("Type", "Pages");
    tree.set("Count", kids.len() as i64);
    tree.set("Kids", kids);
    out.objects.insert(pages_id, Object::Dictionary(tree));
    let mut catalog = Dictionary::new();
    catalog.set("Type", "Catalog");
    catalog.set("Pages", pages_id);
    let catalog = out.add_object(catalog);
    out.trailer.set("Root", catalog);
    let mut info = Dictionary::new();
    info.set("Title", Object::string_literal(title));
    let info = out.add_object(info);
    out.trailer.set("Info", info);
    save(&mut out)
}

fn save(doc: &mut lopdf::Document) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = doc.save_to(&mut out);
    out
}

pub fn render_documents(title: &str, docs: &[&Document]) -> Vec<u8> {
    let f = fonts();
    render_pages(title, docs.iter().flat_map(|doc| layout::layout(doc, f)).collect())
}

/// The pages laid out, as one PDF.
fn render_pages(title: &str, laid: Vec<layout::Page>) -> Vec<u8> {
    save(&mut draw_pages(title, laid, Squeeze::Small))
}

/// The pages laid out, as one PDF document, compressed and not yet saved.
fn draw_pages(title: &str, mut laid: Vec<layout::Page>, squeeze: Squeeze) -> lopdf::Document {
    let f = fonts();
    // What people typed was checked to print (`case::text`); should anything else slip
    // through, it prints as a visible "?", never as nothing.
    for page in &mut laid {
        for mark in &mut page.marks {
            if let Mark::Text { text, .. } = mark {
                print_safe(text);
            }
        }
    }
    // Only the letters used are embedded: a subset of each font.
    let mut used = [BTreeSet::new(), BTreeSet::new()];
    for page in &laid {
        for mark in &page.marks {
            if let Mark::Text { bold, text, .. } = mark {
                used[usize::from(*bold)].extend(text.chars());
            }
        }
    }
    let mut pdf = PdfDocument::new(title);
    let regular = pdf.add_font(&subset(REGULAR_TTF, &f.regular, &used[0]).unwrap_or_else(|| f.regular.clone()));
    let bold = pdf.add_font(&subset(BOLD_TTF, &f.bold, &used[1]).unwrap_or_else(|| f.bold.clone()));
    let mut pages = Vec::new();
    for page in laid {
        let mut ops = Vec::with_capacity(page.marks.len() * 4 + 4);
        ops.push(Op::SetOutlineThickness { pt: Pt(0.75) });
        for mark in page.marks {
            match mark {
                Mark::Text { x, y, size, bold: is_bold, text } => {
                    let font = if is_bold { bold.clone() } else { regular.clone() };
                    ops.push(Op::StartTextSection);
                    ops.push(Op::SetFont { font: PdfFontHandle::External(font), size: Pt(size) });
                    ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(y) } });
                    ops.push(Op::ShowText { items: vec![TextItem::Text(text)] });
                    ops.push(Op::EndTextSection);
                }
                Mark::Line { x1, y1, x2, y2 } => ops.push(line(x1, y1, x2, y2)),
            }
        }
        pages.push(PdfPage::new(Pt(PAGE_WIDTH).into(), Pt(PAGE_HEIGHT).into(), ops));
    }
    let mut warnings = Vec::new();
    let raw = PdfSaveOptions { optimize: false, ..PdfSaveOptions::default() };
    let mut doc = pdf.with_pages(pages).to_lopdf_document(&raw, &mut warnings);
    compress(&mut doc, squeeze);
    doc
}

/// `text` as the font can draw it: composed, and "?" for anything it cannot.
fn print_safe(text: &mut String) {
    use crate::case::text::{composed, prints};
    if !text.is_ascii() || !text.chars().all(prints) {
        *text = composed(text).chars().map(|c| if prints(c) { c } else { '?' }).collect();
    }
}

/// Compresses every stream (at zlib level 6 for `Small`). printpdf compresses at the
/// best level, which took two thirds of the time of a whole packet for a file a few
/// percent smaller.
fn compress(doc: &mut lopdf::Document, squeeze: Squeeze) {
    let level = match squeeze {
        Squeeze::Small => flate2::Compression::new(6),
        Squeeze::Fast => flate2::Compression::fast(),
    };
    use std::io::Write;
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), level);
            if encoder.write_all(&stream.content).is_ok()
                && let Ok(packed) = encoder.finish()
                && packed.len() < stream.content.len()
            {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(packed);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `case::text::PRINTABLE`, which the questionnaire and the case format check
    /// text against, is exactly what both faces draw, less what it leaves out on purpose.
    #[test]
    fn the_printable_characters_are_the_ones_the_font_draws() {
        let f = fonts();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let drawn = f.regular.lookup_glyph_index(c as u32).is_some_and(|g| g != 0)
                && f.bold.lookup_glyph_index(c as u32).is_some_and(|g| g != 0);
            if crate::case::text::prints(c) {
                assert!(drawn, "U+{:04X} is listed as printable but the font has no glyph for it", c as u32);
            } else if drawn {
                // Left out on purpose: controls and format characters, private-use
                // symbols, and right-to-left letters.
                let left_out = ('\u{590}'..='\u{5ff}').contains(&c) || ('\u{e000}'..='\u{f8ff}').contains(&c);
                let invisible =
                    c.is_control() || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}');
                assert!(left_out || invisible, "U+{:04X} is drawn by the font but not listed as printable", c as u32);
            }
        }
        for c in ['a', 'Z', 'ễ', 'Ł', 'ß', 'Ω', 'Ж', '§', '\u{a0}', '–', '’', '“'] {
            assert!(crate::case::text::prints(c), "{c}");
        }
    }

    #[test]
    fn a_name_with_letters_the_font_lacks_never_prints_as_nothing() {
        let mut text = "約翰 Jordan\u{7}".to_string();
        print_safe(&mut text);
        assert_eq!(text, "?? Jordan?");
        let mut text = "Jordan\u{7}".to_string();
        print_safe(&mut text);
        assert_eq!(text, "Jordan?", "plain ASCII with a control character too");
        let mut text = "Zoe\u{308} Nguyễn".to_string();
        print_safe(&mut text);
        assert_eq!(text, "Zoë Nguyễn");
    }
}
