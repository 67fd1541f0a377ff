//! The questionnaire's screens as HTML, drawn on the server. The browser never draws
//! them: with JavaScript, it puts each screen the server sends in place of the last.

use leptos::prelude::*;

use super::model::*;
use super::words::Words;
use crate::rules::Lang;

/// The page's language.
fn lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::En)
}

/// The questionnaire drawn somewhere other than the public `/check`: a clinic
/// matter's intake. Its forms post under `base` ("/clinic/matters/7" + "/check") and
/// carry the session's form token; it offers no other language and no file to load
/// (a matter is started from one instead).
#[derive(Debug, Clone)]
pub struct Mount {
    pub base: String,
    pub csrf: String,
}

fn mount() -> Option<Mount> {
    use_context::<Mount>()
}

/// The address of the English page `path` in the page's language; the questionnaire's
/// own addresses under the mount, if it has one.
fn at(path: &str) -> String {
    match mount() {
        Some(m) if path.starts_with("/check") => format!("{}{path}", m.base),
        _ => lang().path(path),
    }
}

/// One screen, as the server sends it: a form, its fields and its buttons.
pub fn draw(s: Screen, w: &Words) -> impl IntoView + use<> {
    let Screen { state, kind, context, heading, lead, heading_is_question, errors, fields, body, actions, back, can_save } = s;
    let mount = mount();
    let others: Vec<Lang> = if mount.is_some() { Vec::new() } else { Lang::ALL.into_iter().filter(|l| *l != lang()).collect() };
    let has_errors = !errors.is_empty();
    let load_error = match &body {
        Body::Start { loaded_error } if mount.is_none() => Some(loaded_error.clone()),
        _ => None,
    };
    let csrf = mount.map(|m| view! { <input type="hidden" name="csrf" value=m.csrf/> });
    let results = matches!(body, Body::Results(_));
    // The calendar files sit beside "Save my answers": downloads, like it.
    let calendar = match &body {
        Body::Results(r) => r.calendar.clone(),
        _ => Vec::new(),
    };
    let context = context.map(|c| view! { <p class="step-context">{c}</p> });
    let lead = lead.into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view();
    let (question, fields) = if heading_is_question && fields.len() == 1 {
        (Some(fields.into_iter().next().expect("one field")), Vec::new())
    } else {
        (None, fields)
    };
    let heading_view = match question {
        Some(field) => draw_field(field, Some(heading.clone()), w).into_any(),
        None => view! { <h1 id="step-heading" tabindex="-1">{heading.clone()}</h1> }.into_any(),
    };
    let fields = fields.into_iter().map(|f| draw_field(f, None, w)).collect_view();
    let buttons = actions
        .into_iter()
        .map(|a| {
            let class = match a.style {
                ActionStyle::Primary => "button",
                ActionStyle::Secondary => "button secondary",
                ActionStyle::Warning => "button warning",
            };
            view! { <button type="submit" name="go" value=a.go class=class>{a.label}</button> }
        })
        .collect_view();
    view! {
        <div class="check" data-step=kind.clone() data-error-prefix=w.page.error_prefix.to_string()
            data-msg-required=w.errors.required.to_string() data-msg-bac=w.errors.bac.to_string()
            data-msg-date=w.errors.date.to_string() data-msg-year=w.errors.year.to_string()
            data-msg-day_without_month=w.errors.day_without_month.to_string() data-msg-no_year=w.errors.no_year.to_string()>
            <form method="post" action=at("/check") novalidate class="step" aria-busy="false">
                <input type="hidden" name="state" value=state/>
                {csrf}
                {has_errors.then(|| error_summary(errors, w))}
                <p class="offline" role="alert" hidden>
                    {w.frame.offline.to_string()}
                </p>
                {context}
                {heading_view}
                {lead}
                {fields}
                {draw_body(body, w)}
                <div class="actions">{buttons}</div>
                <div class="tools">
                    {back.then(|| view! { <button type="submit" name="go" value="back" class="link-button">{w.frame.back.to_string()}</button> })}
                    {can_save.then(|| view! {
                        <button type="submit" formaction=at("/check/save") class="link-button">{w.frame.save.to_string()}</button>
                    })}
                    {calendar.into_iter().map(|a| view! {
                        <button type="submit" name="go" value=a.go formaction=at("/check/calendar") class="link-button">{a.label}</button>
                    }).collect_view()}
                    {results.then(|| view! {
                        <button type="button" class="link-button print-only-js" data-print="">{w.frame.print.to_string()}</button>
                    })}
                    {(kind != "start" && kind != "start_over").then(|| view! {
                        <button type="submit" name="go" value="restart" class="link-button">{w.frame.start_over.to_string()}</button>
                    })}
                    // This same step in the other languages, with every answer kept.
                    {others.into_iter().map(|l| view! {
                        <button type="submit" name="go" value="same" formaction=l.path("/check") class="link-button" lang=l.code()>
                            {l.own_name()}
                        </button>
                    }).collect_view()}
                </div>
                // Without JavaScript every step is a form post, and a browser's own back
                // button asks to send it again. Answers never go into addresses or onto
                // the server, so the page says which Back to use (hidden once hydrated,
                // when the browser's back button works).
                {back.then(|| view! {
                    <p class="no-js-only small">
                        {w.frame.back_hint.to_string()}
                    </p>
                })}
            </form>
            {load_error.map(|error| {
                let has_error = error.is_some();
                view! {
                <form method="post" action=at("/check/load") enctype="multipart/form-data" class="load">
                    <h2>{w.load.heading.to_string()}</h2>
                    <p>{w.load.lead.to_string()}</p>
                    <div class="field" class:has-error=has_error>
                        <label for="saved-file">{w.load.label.to_string()}</label>
                        {error.map(|e| view! { <p class="error" id="saved-file-error"><span class="visually-hidden">{w.page.error_prefix.to_string()}</span>{e}</p> })}
                        <input type="file" id="saved-file" name="file" accept=".json,application/json"/>
                    </div>
                    <button type="submit" class="button secondary">{w.load.button.to_string()}</button>
                </form>
                }
            })}
        </div>
    }
}

fn error_summary(errors: Vec<ErrorLink>, w: &Words) -> impl IntoView + use<> {
    view! {
        <div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{w.frame.problem.to_string()}</h2>
            <ul>
                {errors.into_iter().map(|e| view! { <li><a href=format!("#{}", e.field_id)>{e.message}</a></li> }).collect_view()}
            </ul>
        </div>
    }
}

/// One field. `legend` makes the field's question the page heading.
fn draw_field(f: Field, legend: Option<String>, w: &Words) -> impl IntoView + use<> {
    let id = f.id();
    let error_id = format!("{id}-error");
    let has_error = f.error.is_some();
    let described = [f.help.as_ref().map(|_| format!("{id}-help")), has_error.then(|| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let help = f.help.clone().map(|h| view! { <p class="help" id=format!("{id}-help")>{h}</p> });
    let prefix = w.page.error_prefix.to_string();
    let error = f.error.clone().map(|e| view! { <p class="error" id=error_id><span class="visually-hidden">{prefix}</span>{e}</p> });
    match f.input.clone() {
        Input::Date { rough } => draw_date(f, legend, rough, w).into_any(),
        Input::Radio(choices) => {
            let title = match legend {
                Some(h) => view! { <legend class="question"><h1 id="step-heading" tabindex="-1">{h}</h1></legend> }.into_any(),
                None => view! { <legend>{f.label.clone()}</legend> }.into_any(),
            };
            let items = choices
                .into_iter()
                .enumerate()
                .map(|(k, c)| {
                    let cid = if k == 0 { id.clone() } else { format!("{id}-{k}") };
                    let hint_id = format!("{cid}-hint");
                    let checked = c.value == f.value;
                    view! {
                        <div class="choice">
                            <input type="radio" id=cid.clone() name=f.name.clone() value=c.value checked=checked
                                aria-describedby=c.hint.as_ref().map(|_| hint_id.clone())/>
                            <label for=cid>{c.label}</label>
                            {c.hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field" class:has-error=has_error aria-describedby=described>
                    {title}
                    {help}
                    {error}
                    <div class="choices">{items}</div>
                </fieldset>
            }
            .into_any()
        }
        input => {
            let label = match legend {
                Some(h) => view! { <h1 id="step-heading" tabindex="-1"><label for=id.clone()>{h}</label></h1> }.into_any(),
                None => view! {
                    <label for=id.clone()>{f.label.clone()}{(!f.required).then(|| view! { <span class="optional">{w.frame.optional.to_string()}</span> })}</label>
                }
                .into_any(),
            };
            view! {
                <div class="field" class:has-error=has_error>
                    {label}
                    {help}
                    {error}
                    {draw_control(&f, input, described)}
                </div>
            }
            .into_any()
        }
    }
}

/// A date as three boxes, month first as dates are written in the United States. The
/// month box carries the field's id, so the error summary's link lands on it. The boxes
/// post "NAME--month", "--day" and "--year", which the server joins (`joined_dates`).
fn draw_date(f: Field, legend: Option<String>, rough: bool, w: &Words) -> impl IntoView + use<> {
    let id = f.id();
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let has_error = f.error.is_some();
    let described = [f.help.as_ref().map(|_| format!("{id}-help")), Some(hint_id.clone()), has_error.then(|| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let title = match legend {
        Some(h) => view! { <legend class="question"><h1 id="step-heading" tabindex="-1">{h}</h1></legend> }.into_any(),
        None => view! {
            <legend>{f.label.clone()}{(!f.required).then(|| view! { <span class="optional">{w.frame.optional.to_string()}</span> })}</legend>
        }
        .into_any(),
    };
    let help = f.help.clone().map(|h| view! { <p class="help" id=format!("{id}-help")>{h}</p> });
    let hint = if rough { w.fact.date_hint_rough.to_string() } else { w.fact.date_hint.to_string() };
    let prefix = w.page.error_prefix.to_string();
    let error = f.error.clone().map(|e| view! { <p class="error" id=error_id><span class="visually-hidden">{prefix}</span>{e}</p> });
    let (day, month, year) = crate::case::When::to_boxes(&f.value);
    let boxes = [
        ("month", w.fact.month.to_string(), month, id.clone(), "2"),
        ("day", w.fact.day.to_string(), day, format!("{id}-day"), "2"),
        ("year", w.fact.year.to_string(), year, format!("{id}-year"), "4"),
    ];
    let invalid = has_error.to_string();
    let items = boxes
        .into_iter()
        .map(|(part, label, value, box_id, width)| {
            view! {
                <div class="date-box">
                    <label for=box_id.clone()>{label}</label>
                    <input type="text" inputmode="numeric" id=box_id name=format!("{}--{part}", f.name) value=value
                        class=format!("w{width}") maxlength=width autocomplete="off" aria-describedby=described.clone()
                        aria-invalid=invalid.clone() data-check="date-box" data-part=part/>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:has-error=has_error>
            {title}
            {help}
            <p class="help" id=hint_id>{hint}</p>
            {error}
            <div class="date-boxes" data-rough=rough.then_some("") data-required=f.required.then_some("")>{items}</div>
        </fieldset>
    }
}

/// A field's control other than radios. `data-check` and `data-required` tell the
/// browser how to check what is typed before the form is sent (the server checks
/// everything again).
fn draw_control(f: &Field, input: Input, described: String) -> impl IntoView {
    let id = f.id();
    let invalid = f.error.is_some().to_string();
    let required = f.required.then_some("");
    match input {
        Input::Select(choices) => view! {
            <select id=id name=f.name.clone() aria-describedby=described data-check="select" data-required=required>
                {choices.into_iter().map(|c| {
                    let selected = c.value == f.value;
                    view! { <option value=c.value selected=selected>{c.label}</option> }
                }).collect_view()}
            </select>
        }
        .into_any(),
        // Drawn by `draw_date`.
        Input::Date { .. } => ().into_any(),
        Input::Decimal => view! {
            <input type="text" inputmode="decimal" id=id name=f.name.clone() value=f.value.clone() class="short"
                aria-describedby=described aria-invalid=invalid data-check="decimal" data-required=required/>
        }
        .into_any(),
        Input::Text { suggestions, autocomplete } => {
            let list_id = format!("{id}-list");
            let has_list = !suggestions.is_empty();
            view! {
                <input type="text" id=id name=f.name.clone() value=f.value.clone() dir="auto"
                    autocomplete=autocomplete.unwrap_or_else(|| "off".into())
                    list=has_list.then(|| list_id.clone())
                    aria-describedby=described aria-invalid=invalid data-check="text" data-required=required/>
                {has_list.then(|| view! {
                    <datalist id=list_id>
                        {suggestions.into_iter().map(|s| view! { <option value=s></option> }).collect_view()}
                    </datalist>
                })}
            }
            .into_any()
        }
        Input::Paragraph { max } => view! {
            <textarea id=id name=f.name.clone() rows="6" maxlength=max.to_string()
                aria-describedby=described aria-invalid=invalid data-check="text" data-required=required>{f.value.clone()}</textarea>
        }
        .into_any(),
        // Drawn by `draw_field` itself.
        Input::Radio(_) => ().into_any(),
    }
}

fn draw_body(body: Body, w: &Words) -> impl IntoView + use<> {
    match body {
        Body::None | Body::Start { .. } => ().into_any(),
        Body::Charges(rows) => view! {
            <ul class="charge-list">
                {rows.into_iter().map(|r| {
                    let n = r.index + 1;
                    let which = w.frame.which_charge.fill(&[("n", n.to_string())]);
                    view! {
                        <li>
                            <h2>{w.common.charge_title.fill(&[("n", n.to_string()), ("name", r.title)])}</h2>
                            {r.details.into_iter().map(|d| view! { <p>{d}</p> }).collect_view()}
                            <div class="row-actions">
                                <button type="submit" name="go" value=format!("edit:{}", r.index) class="button secondary small">
                                    {w.frame.change.to_string()}<span class="visually-hidden">{which.clone()}</span>
                                </button>
                                <button type="submit" name="go" value=format!("remove:{}", r.index) class="button warning small">
                                    {w.frame.remove.to_string()}<span class="visually-hidden">{which}</span>
                                </button>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any(),
        Body::Review(groups) => groups
            .into_iter()
            .map(|g| {
                view! {
                    <section class="review">
                        <h2>{g.title}</h2>
                        <dl>
                            {g.rows.into_iter().map(|r| view! {
                                <div class="review-row">
                                    <dt>{r.label.clone()}</dt>
                                    <dd>{r.value}</dd>
                                    <dd class="change">
                                        {r.change.map(|go| view! {
                                            <button type="submit" name="go" value=go class="link-button">
                                                {w.frame.change.to_string()}<span class="visually-hidden">{format!(" {}", r.label)}</span>
                                            </button>
                                        })}
                                    </dd>
                                </div>
                            }).collect_view()}
                        </dl>
                    </section>
                }
            })
            .collect_view()
            .into_any(),
        Body::Papers { html } => view! {
            <div class="papers">
                <p class="download">
                    <button type="submit" formaction=at("/check/packet") class="button">{w.papers.download.to_string()}</button>
                </p>
                <div inner_html=html></div>
            </div>
        }
        .into_any(),
        Body::Stop { card, hotline } => view! {
            {draw_card(card, false, w)}
            {hotline.map(|text| view! { <p class="hotline">{text}</p> })}
            <p>{w.frame.free_help.to_string()}<a href=at("/help")>{w.frame.free_help_link.to_string()}</a>"."</p>
            {footnote(w, None)}
        }
        .into_any(),
        Body::Results(r) => view! {
            <section class="summary" aria-labelledby="summary-h">
                <h2 id="summary-h">{w.results.in_short.to_string()}</h2>
                <ul class="lines">
                    {r.summary.into_iter().map(|l| view! {
                        <li class=format!("outcome-{}", l.outcome)>
                            <a href=format!("#{}", l.anchor)>{l.name}</a>" — "<strong>{l.result}</strong>
                        </li>
                    }).collect_view()}
                </ul>
                {r.papers.map(|a| view! { <p><button type="submit" name="go" value=a.go class="button">{a.label}</button></p> })}
            </section>
            {r.cards.into_iter().map(|c| draw_card(c, true, w)).collect_view()}
            {(!r.bring.is_empty()).then(|| view! {
                <section class="bring" aria-labelledby="bring-h">
                    <details class="fold">
                        <summary><h2 id="bring-h"><span>{w.results.bring_heading.to_string()}</span></h2></summary>
                        <p>{w.results.bring_lead.to_string()}</p>
                        <ul>{r.bring.into_iter().map(|(name, why)| view! { <li><strong>{name}</strong>": "{why}</li> }).collect_view()}</ul>
                    </details>
                </section>
            })}
            <section class="next-steps">
                <h2>{w.results.next_heading.to_string()}</h2>
                <p>{w.results.next_steps.to_string()}
                   <a href=at("/learn/after-you-file")>{w.results.after_you_file.to_string()}</a>"."</p>
                <p>{w.frame.free_help.to_string()}<a href=at("/help")>{w.frame.free_help_link.to_string()}</a>"."</p>
                <p class="disclaimer">{r.disclaimer}</p>
            </section>
            {footnote(w, Some(w.results.checked.fill(&[("date", r.as_of), ("version", r.rules_version)])))}
        }
        .into_any(),
    }
}

/// The mark of a reason that is less than the statute's own words, explained in the
/// footnote: "†" from a reliable secondary source, "‡" our reading.
fn mark(certainty: &str) -> &'static str {
    if certainty == "inferred" { "‡" } else { "†" }
}

fn cite(c: Cited, w: &Words) -> impl IntoView + use<> {
    let citation = match c.link {
        // A page of this site, in the page's language.
        Some(href) if href.starts_with('/') => view! { <a href=at(&href)>{c.citation}</a> }.into_any(),
        Some(href) => view! { <a href=href>{c.citation}</a> }.into_any(),
        None => view! { <span>{c.citation}</span> }.into_any(),
    };
    let how_sure = c.certainty.map(|t| {
        let label = if t == "inferred" { w.card.how_sure_inferred.to_string() } else { w.card.how_sure_secondary.to_string() };
        view! { <a class="mark" href="#notes" title=label.clone()>{mark(&t)}<span class="visually-hidden">{format!(" ({label})")}</span></a> }
    });
    view! {
        <li>
            {c.text}" "<span class="cite">"("{citation}")"</span>{how_sure}
        </li>
    }
}

/// The footnote: what the marks on the reasons mean, and the rules the result used.
fn footnote(w: &Words, checked: Option<String>) -> impl IntoView + use<> {
    view! {
        <footer class="notes small" id="notes" aria-labelledby="notes-h">
            <h2 id="notes-h">{w.card.notes_heading.to_string()}</h2>
            <p>"† "{w.card.how_sure_secondary.to_string()}</p>
            <p>"‡ "{w.card.how_sure_inferred.to_string()}</p>
            {checked.map(|c| view! { <p>{c}</p> })}
        </footer>
    }
}

fn draw_card(c: Card, heading: bool, w: &Words) -> impl IntoView + use<> {
    let title =
        if heading { view! { <h2>{c.title}</h2> }.into_any() } else { view! { <h2 class="visually-hidden">{c.title}</h2> }.into_any() };
    view! {
        <article class=format!("card outcome-{}", c.outcome) data-outcome=c.outcome.clone() id=c.anchor>
            {title}
            <p class="court">{c.court}</p>
            {heading.then(|| view! { <p class="headline">{c.headline}</p> })}
            {c.depends.map(|d| view! { <p class="depends">{d}</p> })}
            {c.route.map(|r| view! { <p class="route">{w.card.route.to_string()}{r.text}" ("{r.citation}")"</p> })}
            // On the results, the reasons and notes fold away (open on the card of a stop).
            {(!c.reasons.is_empty()).then(|| view! {
                <details class="fold" open=!heading>
                    <summary><span>{w.card.why.to_string()}</span></summary>
                    <ul class="reasons">{c.reasons.into_iter().map(|r| cite(r, w)).collect_view()}</ul>
                </details>
            })}
            {(!c.notes.is_empty()).then(|| view! {
                <details class="fold" open=!heading>
                    <summary><span>{w.card.good_to_know.to_string()}</span></summary>
                    <ul class="reasons">{c.notes.into_iter().map(|r| cite(r, w)).collect_view()}</ul>
                </details>
            })}
            {(!c.to_find_out.is_empty()).then(|| view! {
                <h3>{w.card.find_out.to_string()}</h3>
                <ul>{c.to_find_out.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            })}
            {c.filing.map(|f| view! {
                <h3>{w.card.if_you_file.to_string()}</h3>
                <dl class="filing">
                    <dt>{w.card.where_to_file.to_string()}</dt><dd>{f.court}</dd>
                    <dt>{w.card.fee.to_string()}</dt><dd>{f.fee.text}" ("{f.fee.citation}")"</dd>
                    <dt>{w.card.who_gets_copy.to_string()}</dt><dd>{f.notice.text}" ("{f.notice.citation}")"</dd>
                </dl>
                // On the results, what to bring is listed once for all charges; a stop's card lists its own.
                {(!heading && !f.bring.is_empty()).then(|| view! {
                    <details class="fold">
                        <summary><span>{w.card.what_to_bring.to_string()}</span></summary>
                        <ul>{f.bring.into_iter().map(|(name, why)| view! { <li><strong>{name}</strong>": "{why}</li> }).collect_view()}</ul>
                    </details>
                })}
            })}
            {c.cannot.map(|o| view! {
                <h3>{w.card.else_heading.to_string()}</h3>
                <ul class="else">
                    <li>{w.card.else_help.to_string()}<a href=at("/help")>{w.card.else_help_link.to_string()}</a>"."</li>
                    {o.pardon.then(|| view! { <li>{w.card.else_pardon.to_string()}</li> })}
                    {o.firearms.then(|| view! { <li>{w.card.else_firearms.to_string()}</li> })}
                </ul>
            })}
            {(!c.alternatives.is_empty()).then(|| view! {
                <h3>{w.card.other_ways.to_string()}</h3>
                <ul>{c.alternatives.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            })}
        </article>
    }
}
