//! Drawing a batch: each person's papers behind their cover sheets (`person`), then
//! the stack sorted by court and the zip of one PDF per person (`bundle`). CPU work of
//! milliseconds a page: callers run it on the blocking pool.

use std::io::Write;

use super::cover::{Cover, cases, cover, footer, stack_list};
use crate::packet::VerifiedPacket;
use crate::packet::layout::Page;
use crate::packet::model::Filing;
use crate::packet::pdf;
use crate::questionnaire::words::ClinicWords;
use crate::rules::RuleBook;

/// What every sheet of a batch shares.
pub struct Context<'a> {
    pub rules: &'a RuleBook,
    pub words: &'a ClinicWords,
    /// The event's name, on each cover sheet.
    pub event: &'a str,
}

/// One person's papers, drawn.
pub struct Person {
    pub matter: i64,
    pub name: String,
    /// One part for each court, in the packet's order.
    pub parts: Vec<Part>,
    /// Their own PDF: a cover sheet for all their courts, then the same papers the
    /// matter's print button draws.
    pub pdf: Vec<u8>,
    /// The reminder's date once these are printed (`intake::Papers::next`).
    pub next: Option<chrono::NaiveDate>,
}

/// A person's papers for one court, for that court's stack.
pub struct Part {
    /// The court as the papers name it ("the County Court of Forrest County").
    pub court: String,
    /// The case numbers of its petitions, for the stack's list.
    pub cases: String,
    /// The cover sheet for this court, the person's filing instructions, and this
    /// court's papers, drawn.
    pub drawn: pdf::Drawn,
}

/// The finished files.
pub struct Files {
    /// Every part, sorted by court, each court's stack headed by its list.
    pub stack: Vec<u8>,
    /// One PDF per person, named after them.
    pub zip: Vec<u8>,
}

/// Draws one person's papers. A person with petitions in several courts gets a part
/// for each court, each behind a cover sheet for that court that names the others.
/// Every page is drawn once; for a person with one court, their own PDF is their part.
pub fn person(cx: &Context<'_>, matter: i64, papers: &VerifiedPacket, no_name: &str, next: Option<chrono::NaiveDate>) -> Person {
    let packet = papers.packet();
    let name = if packet.petitioner.trim().is_empty() { no_name } else { packet.petitioner.as_str() };
    let mut courts: Vec<(&str, Vec<&Filing>)> = Vec::new();
    for f in &packet.filings {
        match courts.iter_mut().find(|(c, _)| *c == f.court) {
            Some((_, filings)) => filings.push(f),
            None => courts.push((&f.court, vec![f])),
        }
    }
    let instructions = pdf::instruction_pages(packet);
    let court_pages: Vec<Vec<Page>> = packet.filings.iter().map(pdf::filing_pages).collect();
    let pages_of = |f: &Filing| packet.filings.iter().position(|g| std::ptr::eq(g, f)).map(|i| court_pages[i].clone()).unwrap_or_default();
    let cover_footer = footer(&cx.words.cover_page);
    let title = format!("Expungement papers for {name}");
    let left_out = !packet.left_out.is_empty();
    let sheet = |courts: Vec<(&str, Vec<&Filing>)>, elsewhere: Vec<String>| {
        let c = Cover { name, event: cx.event, prepared: packet.prepared, courts, elsewhere, left_out };
        pdf::lay_out(&cover(cx.rules, cx.words, &c), &cover_footer)
    };
    let parts = courts
        .iter()
        .map(|(court, filings)| {
            let elsewhere = courts.iter().filter(|(c, _)| c != court).map(|(c, _)| c.to_string()).collect();
            let mut pages = sheet(vec![(court, filings.clone())], elsewhere);
            pages.extend(instructions.iter().cloned());
            for f in filings {
                pages.extend(pages_of(f));
            }
            let cases = filings.iter().map(|f| cases(cx.words, f)).collect::<Vec<_>>().join(", ");
            Part { court: court.to_string(), cases, drawn: pdf::Drawn::new(&title, pages) }
        })
        .collect::<Vec<_>>();
    let pdf = match parts.as_slice() {
        // One court: the part is the cover sheet, the instructions and the papers.
        [part] => part.drawn.bytes(),
        _ => {
            let mut pages = sheet(courts.clone(), Vec::new());
            pages.extend(instructions);
            pages.extend(court_pages.into_iter().flatten());
            pdf::render_laid(&title, pages)
        }
    };
    Person { matter, name: name.to_string(), parts, pdf, next }
}

/// The stack and the zip. The stack goes court by court, in the order of the courts'
/// names; each court's stack opens with its list, then each person's part for that
/// court, in the order of their names. The zip holds each person's own PDF.
pub fn bundle(cx: &Context<'_>, people: Vec<Person>) -> std::io::Result<Files> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // The PDFs are compressed already: squeezing them again gains little for the time.
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut names: Vec<String> = Vec::new();
    let mut order: Vec<&Person> = people.iter().collect();
    order.sort_by_cached_key(|p| (p.name.to_lowercase(), p.matter));
    for p in order {
        let name = file_name(&p.name, &names);
        zip.start_file(name.as_str(), options).map_err(std::io::Error::other)?;
        zip.write_all(&p.pdf)?;
        names.push(name);
    }
    let zip = zip.finish().map_err(std::io::Error::other)?.into_inner();

    let mut parts: Vec<(String, String, i64, Part)> = people
        .into_iter()
        .flat_map(|p| p.parts.into_iter().map(move |part| (p.name.clone(), part.court.clone(), p.matter, part)))
        .collect();
    parts.sort_by_cached_key(|(name, court, matter, _)| (court.to_lowercase(), name.to_lowercase(), *matter));
    let list_footer = footer(&cx.words.cover_stack_page);
    let title = format!("Expungement papers: {}", cx.event);
    let mut drawn = Vec::new();
    let mut parts = parts.into_iter().peekable();
    while let Some((name, court, _, part)) = parts.next() {
        let mut people = vec![(name, part.cases.clone())];
        let mut stack = vec![part.drawn];
        while let Some((name, _, _, part)) = parts.next_if(|(_, c, _, _)| *c == court) {
            people.push((name, part.cases.clone()));
            stack.push(part.drawn);
        }
        drawn.push(pdf::Drawn::new(&title, pdf::lay_out(&stack_list(cx.words, &court, &people), &list_footer)));
        drawn.append(&mut stack);
    }
    Ok(Files { stack: pdf::join(&title, drawn), zip })
}

/// A file name for a person's PDF: their name with only letters, digits, spaces and a
/// few marks kept, numbered when another person's file has the same name.
fn file_name(name: &str, taken: &[String]) -> String {
    let kept: String =
        name.chars().map(|c| if c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '.' | ',') { c } else { '_' }).take(80).collect();
    let base = kept.trim().trim_start_matches('.').trim();
    let base = if base.is_empty() { "papers" } else { base };
    let mut name = format!("{base}.pdf");
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base} ({n}).pdf");
        n += 1;
    }
    name
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn a_persons_file_is_named_after_them_without_path_marks_and_never_twice() {
        assert_eq!(file_name("Zoë Nguyễn", &[]), "Zoë Nguyễn.pdf");
        assert_eq!(file_name("../etc/passwd", &[]), "_etc_passwd.pdf");
        assert_eq!(file_name("  ", &[]), "papers.pdf");
        let taken = vec!["Ann Lee.pdf".to_string(), "Ann Lee (2).pdf".to_string()];
        assert_eq!(file_name("Ann Lee", &taken), "Ann Lee (3).pdf");
    }
}
