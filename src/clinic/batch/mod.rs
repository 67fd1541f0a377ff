//! Batch papers: one print job for an event's matters (everyone whose papers are not
//! printed yet, or the people ticked in the event's list).
//!
//! Each person's papers are the ones their matter's print button draws
//! (`web::intake::matter_papers`: the answers now, without the charges a lawyer held,
//! refused while a review is pending), behind a cover sheet: who, what is in the
//! packet for which court and case numbers, where and when to file, what to bring.
//! The job makes two files:
//! - the **stack**: one PDF sorted by court (in the order of the courts' names), each
//!   court's stack opening with a list of the people in it, then each person's papers
//!   for that court, in the order of their names. A person with petitions in several
//!   courts is in each of those stacks: each time behind a cover sheet for that court,
//!   which names their other courts, with their filing instructions (which cover every
//!   court) and that court's papers only, so a runner hands each clerk only what is theirs;
//! - the **zip**: one PDF per person, named after them: a cover sheet for all their
//!   courts, then exactly the papers their matter's print button draws.
//!
//! People whose papers cannot print are left out and listed with the reason: a review
//! pending, papers' questions not answered yet, nothing to file now.
//!
//! Drawing runs on the blocking pool, a person at a time on each core;
//! the job's state, progress and files are in the database (`store::batches`), so any
//! server of a clinic network shows them. With the files, in one transaction, each
//! matter printed gets an audit line (`Print`) and is marked printed, as a single print
//! does.

mod assemble;
pub mod cover;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::clinic::store::StoreError;
use crate::clinic::store::batches::{LeftOut, Why};
use crate::clinic::store::events::Event;
use crate::clinic::web::ClinicState;
use crate::clinic::web::{NoPapers, matter_papers};
use crate::clock::now_unix;
use crate::packet::Refused;
use assemble::{Context, Person};

/// How often a running job writes its progress, at most.
const PROGRESS_EVERY: Duration = Duration::from_millis(500);

/// Who asked for a job, for which event and matters.
pub struct Request {
    pub job: i64,
    pub user: i64,
    pub event: Event,
    pub matters: Vec<i64>,
    /// The filing date the papers are prepared for.
    pub today: NaiveDate,
}

/// Runs a started job to its end: done with its files, or failed. Errors are logged
/// without any detail of a person (the store's never carry one).
pub async fn run(state: ClinicState, req: Request) {
    let job = req.job;
    let work = draw(&state, &req);
    tokio::pin!(work);
    // While a long step runs, the job shows it is alive, so no server takes it for lost.
    let mut alive = tokio::time::interval(Duration::from_secs(30));
    alive.tick().await;
    let ended = loop {
        tokio::select! {
            ended = &mut work => break ended,
            _ = alive.tick() => {
                if let Err(e) = state.store.batch_alive(job, now_unix()).await {
                    tracing::error!("batch papers: {e}");
                }
            }
        }
    };
    if let Err(e) = ended {
        tracing::error!("batch papers: the print job failed: {e}");
        if let Err(e) = state.store.fail_batch(job, now_unix()).await {
            tracing::error!("batch papers: {e}");
        }
    }
}

/// Why a job failed.
#[derive(Debug)]
enum Failed {
    Store(StoreError),
    /// The stack or the zip could not be made.
    Bundle,
}

impl From<StoreError> for Failed {
    fn from(e: StoreError) -> Failed {
        Failed::Store(e)
    }
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failed::Store(e) => e.fmt(f),
            Failed::Bundle => f.write_str("the stack or the zip could not be made"),
        }
    }
}

/// Draws every person's papers, then keeps the files with the audit lines and the
/// matters marked printed, all at once (`Store::finish_batch`).
async fn draw(state: &ClinicState, req: &Request) -> Result<(), Failed> {
    // One person at a time on each core, a new one started as soon as one is done.
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut drawn: Vec<Person> = Vec::new();
    let mut left_out: Vec<LeftOut> = Vec::new();
    let mut running = tokio::task::JoinSet::new();
    // Who each running task draws, to name them should the task fail.
    let mut whose: HashMap<tokio::task::Id, (i64, Option<String>)> = HashMap::new();
    let mut waiting = req.matters.iter().copied();
    let (mut done, mut last) = (0usize, Instant::now());
    loop {
        while running.len() < workers {
            let Some(id) = waiting.next() else { break };
            let m = match state.store.matter(id).await? {
                Some(m) if m.event_id == req.event.id => m,
                _ => {
                    left_out.push(LeftOut { matter: id, name: None, why: Why::Gone });
                    done += 1;
                    continue;
                }
            };
            let name = m.case.petitioner.full_name.clone();
            let (s, event, today) = (state.clone(), req.event.name.clone(), req.today);
            let task = running.spawn_blocking(move || {
                let papers = matter_papers(&s, &m, today)?;
                let cx = Context { rules: &s.rules, words: &s.words.clinic, event: &event };
                Ok::<_, NoPapers>(assemble::person(&cx, m.id, &papers.packet, s.words.clinic.no_name.as_str(), papers.next))
            });
            whose.insert(task.id(), (id, name));
        }
        let Some(ended) = running.join_next_with_id().await else { break };
        let task = match &ended {
            Ok((task, _)) => *task,
            Err(e) => e.id(),
        };
        let (id, name) = whose.remove(&task).unwrap_or_default();
        match ended {
            Ok((_, Ok(person))) => drawn.push(person),
            Ok((_, Err(no))) => left_out.push(LeftOut { matter: id, name, why: why(&no) }),
            Err(_) => left_out.push(LeftOut { matter: id, name, why: Why::Failed }),
        }
        done += 1;
        if last.elapsed() >= PROGRESS_EVERY {
            state.store.batch_progress(req.job, done as i64, now_unix()).await?;
            last = Instant::now();
        }
    }
    state.store.batch_progress(req.job, req.matters.len() as i64, now_unix()).await?;
    let printed: Vec<(i64, Option<NaiveDate>)> = drawn.iter().map(|p| (p.matter, p.next)).collect();
    let files = if drawn.is_empty() {
        None
    } else {
        let (s, event) = (state.clone(), req.event.name.clone());
        let bundled = tokio::task::spawn_blocking(move || {
            let cx = Context { rules: &s.rules, words: &s.words.clinic, event: &event };
            assemble::bundle(&cx, drawn)
        })
        .await;
        match bundled {
            Ok(Ok(files)) => Some(files),
            _ => return Err(Failed::Bundle),
        }
    };
    let now = now_unix();
    let kept: Vec<(&str, &[u8])> =
        files.as_ref().map(|f| vec![("stack", f.stack.as_slice()), ("people", f.zip.as_slice())]).unwrap_or_default();
    state.store.finish_batch(req.job, req.user, req.event.id, &kept, &printed, &left_out, now).await?;
    Ok(())
}

/// Why a person's papers were not drawn, as the job's page says it.
fn why(no: &NoPapers) -> Why {
    match no {
        NoPapers::ReviewPending => Why::ReviewPending,
        NoPapers::QuestionsOpen => Why::QuestionsOpen,
        NoPapers::Refused(Refused::MissingFacts(_)) => Why::AnswersMissing,
        NoPapers::Refused(Refused::NothingToFile { .. }) => Why::NothingToFile,
        NoPapers::Refused(Refused::DidNotVerify(_)) => {
            // A mismatch names charges: it is never logged. Reproduce it from the matter.
            tracing::error!("batch papers: a person's papers did not verify");
            Why::Failed
        }
    }
}
