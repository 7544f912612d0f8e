//! The source view in words (`vagvisare source ID`): the document as people cite it, then its headings
//! in order with everything content draws from each — the paragraphs, every duty bullet with its actor
//! (stated or inferred, and why), contacts, law — and the item asked about highlighted: bold on a
//! terminal, `▶` otherwise (JSON: [`super::source_json`]). The order is the engine's
//! ([`crate::engine::source`]); the navigator can draw the same outline with [`entry_label`] and
//! [`attribution`] for the words.

use std::fmt::Write as _;

use super::View;
use crate::engine::source::{Entry, Found, Outline, Part, Target, outline};
use crate::i18n::{Lang, Msg, text};
use crate::model::{Attribution, Content, Source};

/// The marker of a highlighted line when there is no bold.
pub const MARK: &str = "▶";

/// "Aktör: Socialtjänsten – tolkad (ej utskriven i källan): <why>" for duty `d`.
pub fn attribution(lang: Lang, c: &Content, d: usize) -> String {
    let duty = &c.duties[d];
    let how = text(
        lang,
        match duty.attribution {
            Attribution::Stated => Msg::Stated,
            Attribution::Inferred => Msg::Inferred,
        },
    );
    let mut s = format!(
        "{}: {} – {how}",
        text(lang, Msg::Attribution),
        c.actors[duty.actor].name
    );
    if let Some(note) = &duty.attribution_note {
        let _ = write!(s, ": {note}");
    }
    s
}

/// The kind of an item in words ("skyldighet", "inledning" …).
pub fn kind_word(lang: Lang, part: Part) -> &'static str {
    text(
        lang,
        match part {
            Part::Intro(_) => Msg::KindIntro,
            Part::Section(..) => Msg::KindSection,
            Part::Duty(_) => Msg::KindDuty,
            Part::Contact(_) => Msg::KindContact,
            Part::Law(_) => Msg::KindLaw,
            Part::Deadline(_) => Msg::KindDeadline,
            Part::Escalation(_) => Msg::KindEscalation,
            Part::Actor(_) => Msg::KindActor,
        },
    )
}

/// What was asked for, in words: "skyldighet soc_placering", "källa s003", "fråga barn_utsatt".
pub fn found_words(lang: Lang, c: &Content, f: Found) -> String {
    let kind = match f {
        Found::Source(_) => text(lang, Msg::KindSource),
        Found::Part(Part::Intro(_)) => text(lang, Msg::KindStep),
        Found::Part(p) => kind_word(lang, p),
        Found::Question(_) => text(lang, Msg::KindQuestion),
        Found::Scenario(_) => text(lang, Msg::KindScenario),
    };
    format!("{kind} {}", f.id(c))
}

/// One line naming an item of the outline: a bullet's text, a contact as printed, a law citation.
pub fn entry_label(c: &Content, part: Part) -> String {
    match part {
        Part::Intro(s) => c.steps[s].title.to_string(),
        Part::Section(s, n) => c.steps[s].sections[n].heading.to_string(),
        Part::Duty(d) => c.duties[d].text.to_string(),
        Part::Contact(k) => {
            let k = &c.contacts[k];
            let mut reach: Vec<&str> = k.phones.iter().map(|p| p.number.as_ref()).collect();
            reach.extend(k.email.as_deref());
            let mut s = format!("☎ {} — {} ({})", k.name, k.unit, k.target_group);
            if !reach.is_empty() {
                let _ = write!(s, ": {}", reach.join(", "));
            }
            s
        }
        Part::Law(l) => format!("{} — {}", c.law[l].citation, c.law[l].title),
        Part::Deadline(x) => format!("{}: «{}»", c.deadlines[x].label, c.deadlines[x].words),
        Part::Escalation(e) => format!("«{}»", c.escalations[e].text),
        Part::Actor(a) => c.actors[a].name.to_string(),
    }
}

/// A short name for an item quoted in a paragraph (the paragraph shows its words); `None` for a duty,
/// whose line carries its actor instead.
pub fn short_label(c: &Content, part: Part) -> Option<String> {
    match part {
        Part::Contact(k) => Some(c.contacts[k].name.to_string()),
        Part::Law(l) => Some(c.law[l].citation.to_string()),
        Part::Deadline(x) => Some(c.deadlines[x].label.to_string()),
        Part::Escalation(e) => Some(c.escalations[e].id.to_string()),
        _ => None,
    }
}

/// The lines under a document's citation: publisher and date as stated, and the content's note.
pub fn header(v: &View, s: &Source) -> Vec<String> {
    let publisher = s
        .publisher
        .as_deref()
        .unwrap_or_else(|| v.t(Msg::SrcNotStated));
    let date = s.date_words();
    let mut out = vec![format!(
        "{}: {publisher} · {}: {date}",
        v.t(Msg::SrcPublisher),
        v.t(Msg::DateLabel)
    )];
    out.extend(s.note.as_deref().map(str::to_string));
    out
}

/// Writes `body` with every line prefixed: `▶ ` when highlighted without bold, else two spaces.
fn push(v: &View, out: &mut String, highlighted: bool, indent: &str, body: &str, dim: bool) {
    for line in body.lines() {
        let line = format!("{indent}{line}");
        let styled = if highlighted {
            v.style.bold(&line)
        } else if dim {
            v.style.dim(&line)
        } else {
            line
        };
        let prefix = if highlighted && !v.style.on {
            MARK
        } else {
            " "
        };
        let _ = writeln!(out, "{prefix} {styled}");
    }
}

/// A paragraph with the items it quotes; the highlighted ones bold, or between ▶ and ◀.
fn paragraph(v: &View, t: &Target, text_: &str, marks: &[crate::engine::source::Mark]) -> String {
    let mut s = String::new();
    let mut at = 0;
    for m in marks.iter().filter(|m| t.highlights(m.part)) {
        if m.range.start < at || m.range.end > text_.len() {
            continue;
        }
        s.push_str(&text_[at..m.range.start]);
        let quoted = &text_[m.range.clone()];
        if v.style.on {
            s.push_str(&v.style.bold(quoted));
        } else {
            let _ = write!(s, "{MARK}{quoted}◀");
        }
        at = m.range.end;
    }
    s.push_str(&text_[at..]);
    s
}

/// The source view as text.
pub fn text_view(v: &View, c: &Content, t: &Target, also: &[Found]) -> String {
    let o: Outline<'_> = outline(c, t.doc);
    let s = &c.sources[t.doc];
    let mut out = format!("{}\n", v.style.bold(&s.citation()));
    for line in header(v, s) {
        let _ = writeln!(out, "{}", v.style.dim(&line));
    }
    let how = if v.style.on { "" } else { MARK };
    if !matches!(t.found, Found::Source(_)) {
        let _ = writeln!(
            out,
            "\n{}: {} {how}",
            v.t(Msg::SrcHighlighted),
            found_words(v.lang, c, t.found)
        );
    }
    if matches!(t.found, Found::Question(_)) {
        let _ = writeln!(out, "  {}", v.t(Msg::SrcQuestionOwn));
    }
    if !t.also_in.is_empty() {
        let others: Vec<String> = t.also_in.iter().map(|&d| c.sources[d].citation()).collect();
        let _ = writeln!(out, "  {}: {}", v.t(Msg::SrcAlsoIn), others.join("; "));
    }
    if !also.is_empty() {
        let others: Vec<String> = also
            .iter()
            .map(|f| format!("{} ({}:{})", found_words(v.lang, c, *f), f.kind(), f.id(c)))
            .collect();
        let _ = writeln!(out, "  {}: {}", v.t(Msg::SrcAlsoId), others.join(", "));
    }
    for b in &o.blocks {
        let lit = t.headings.iter().any(|h| h == b.heading);
        out.push('\n');
        push(v, &mut out, lit, "", &format!("## {}", b.heading), false);
        if b.entries.is_empty() {
            push(
                v,
                &mut out,
                false,
                "  ",
                &format!("({})", v.t(Msg::SrcNothingDrawn)),
                true,
            );
        }
        for e in &b.entries {
            entry(v, c, t, e, &mut out);
        }
    }
    out
}

fn entry(v: &View, c: &Content, t: &Target, e: &Entry, out: &mut String) {
    let part = e.part();
    let lit = t.highlights(part);
    let id = format!("id: {}", part.id(c));
    match e {
        Entry::Text { marks, .. } => {
            let body = part.paragraph(c).unwrap_or_default();
            let lit_inside = marks.iter().any(|m| t.highlights(m.part));
            push(
                v,
                out,
                lit || lit_inside,
                "  ",
                &paragraph(v, t, body, marks),
                false,
            );
            let used = format!(
                "[{}: {} · {id}]",
                kind_word(v.lang, part),
                entry_label(c, part)
            );
            push(v, out, lit, "    ", &used, true);
        }
        Entry::Item { in_text, .. } => {
            let (indent, label) = if *in_text {
                let what = short_label(c, part)
                    .map(|s| format!(": {s}"))
                    .unwrap_or_default();
                let label = format!(
                    "↳ {} ({}){what}",
                    kind_word(v.lang, part),
                    v.t(Msg::SrcInText)
                );
                ("    ", label)
            } else {
                let label = match part {
                    Part::Duty(_) => format!("• {}", entry_label(c, part)),
                    Part::Contact(k) => format!(
                        "{}{}",
                        super::words::local_mark(v.lang, &c.contacts[k]),
                        entry_label(c, part)
                    ),
                    _ => format!("{}: {}", kind_word(v.lang, part), entry_label(c, part)),
                };
                ("  ", label)
            };
            push(v, out, lit, indent, &label, false);
            let mut meta = Vec::new();
            if let Part::Duty(d) = part {
                meta.push(attribution(v.lang, c, d));
            }
            meta.push(id);
            push(v, out, lit, "      ", &meta.join(" · "), !lit);
        }
    }
}
