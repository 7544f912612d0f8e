//! The navigator's ways to the words behind an item: the source document one key away (`s`), the
//! glossary (`B`, its filter) and the explanations of the terms marked in the selected text (`t`), and
//! the Swedish original in place of the translation (`o`). Pure state changes, as all of `update`.

use crate::engine::ItemRef;
use crate::engine::source::{Found, Part, Target, target};
use crate::i18n::{Lang, Msg};
use crate::tui::app::{App, Pane, View};
use crate::tui::state::contacts::ContactsState;
use crate::tui::state::plan::PlanPane;
use crate::tui::views::{layout, source, step_page, widgets};

/// What the source view shows for a search hit or another item: a step is its intro.
pub fn found_of(item: ItemRef) -> Option<Found> {
    Some(match item {
        ItemRef::Step(s) => Found::Part(Part::Intro(s)),
        ItemRef::Section(s, n) => Found::Part(Part::Section(s, n)),
        ItemRef::Duty(d) => Found::Part(Part::Duty(d)),
        ItemRef::Actor(a) => Found::Part(Part::Actor(a)),
        ItemRef::Question(q) => Found::Question(q),
        ItemRef::Contact(k) => Found::Part(Part::Contact(k)),
        ItemRef::Law(l) => Found::Part(Part::Law(l)),
        ItemRef::Term(_) => return None,
    })
}

/// The item the user has selected in the current view, as an item of the content.
pub fn selected_item(app: &App) -> Option<ItemRef> {
    let c = app.content;
    match app.view {
        View::Plan => match app.plan.pane {
            PlanPane::Questions => Some(ItemRef::Question(app.main.question)),
            PlanPane::Rows => app.plan.selected_duty().map(ItemRef::Duty),
        },
        View::Main => match app.main.pane {
            Pane::Questions => Some(ItemRef::Question(app.main.question)),
            _ if layout::shows_page(app) => Some(page_item(app)),
            _ => app.main.selected_duty().map(|s| ItemRef::Duty(s.duty)),
        },
        View::Contacts => app.selected_contact().map(ItemRef::Contact),
        View::Law => (app.law.selected < c.law.len()).then_some(ItemRef::Law(app.law.selected)),
        View::Actors => {
            let (a, s) = app.actors.cell;
            match app.cell_duties(a, s).first() {
                Some(&d) => Some(ItemRef::Duty(d)),
                None => (a < c.actors.len()).then_some(ItemRef::Actor(a)),
            }
        }
        View::Search => app.search.hits.get(app.search.hit).map(|h| h.item),
        View::Glossary => app
            .glossary
            .listed(c)
            .get(app.glossary.selected)
            .map(|&t| ItemRef::Term(t)),
        View::Summary | View::Timeline | View::Source => None,
    }
}

/// The part of the step's page at the top of its scroll: the section scrolled to, else the intro.
fn page_item(app: &App) -> ItemRef {
    let s = app.main.step;
    let starts = layout::page_area(app)
        .map(|a| step_page::lines(app, usize::from(a.width)).1)
        .unwrap_or_default();
    match starts.iter().rposition(|&l| l <= app.main.page_scroll) {
        Some(n) => ItemRef::Section(s, n),
        None => ItemRef::Step(s),
    }
}

/// The source view of `item`: a term shows its document with its heading highlighted.
fn target_of(app: &App, item: ItemRef) -> Option<Target> {
    let c = app.content;
    match item {
        ItemRef::Term(t) => {
            let r = &c.terms.get(t)?.source;
            Some(Target {
                found: Found::Source(r.doc),
                doc: r.doc,
                parts: Vec::new(),
                headings: vec![r.heading.to_string()],
                also_in: Vec::new(),
            })
        }
        other => target(c, found_of(other)?),
    }
}

/// `s`: the source document of the selected item, scrolled to it; Esc comes back here.
pub fn open_source(app: &mut App) {
    let Some(t) = selected_item(app).and_then(|i| target_of(app, i)) else {
        app.status = Some(app.t(Msg::TuiNoSourceHere).to_string());
        return;
    };
    if app.view != View::Source {
        app.source.back = Some(app.view);
    }
    app.source.target = Some(t);
    app.help.open = false;
    app.view = View::Source;
    // Opened on the first highlighted line, at the width it is drawn at.
    let area = ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1);
    let inner = widgets::pane("", true, &app.theme).inner(layout::chrome(app, area).body);
    let first = source::lines(app, usize::from(inner.width)).1;
    app.source.scroll = first.unwrap_or(0);
}

/// The terms the selected text uses, in order, each once: a duty's text, a question's text and help,
/// or the step's page (intro and sections).
pub fn marked_terms(app: &App) -> Vec<usize> {
    let c = app.content;
    let texts: Vec<&str> = match selected_item(app) {
        Some(ItemRef::Duty(d)) => vec![&c.duties[d].text],
        Some(ItemRef::Question(q)) => {
            let q = &c.questions[q];
            std::iter::once(q.text.as_ref())
                .chain(q.help.as_deref())
                .collect()
        }
        Some(ItemRef::Step(s) | ItemRef::Section(s, _)) => {
            let s = &c.steps[s];
            std::iter::once(s.intro.as_ref())
                .chain(s.sections.iter().map(|x| x.text.as_ref()))
                .collect()
        }
        _ => Vec::new(),
    };
    let mut out: Vec<usize> = Vec::new();
    for text in texts {
        for m in app.marker().marks(text) {
            if !out.contains(&m.term) {
                out.push(m.term);
            }
        }
    }
    out
}

/// `t`: the glossary on the terms marked in the selected text; Esc comes back here.
pub fn show_terms(app: &mut App) {
    let terms = marked_terms(app);
    if terms.is_empty() {
        app.status = Some(app.t(Msg::TuiNoTermsHere).to_string());
        return;
    }
    app.glossary.back = Some(app.view);
    app.glossary.only = Some(terms);
    app.glossary.query.clear();
    app.glossary.selected = 0;
    app.view = View::Glossary;
}

/// `B` (or a search hit on a term): the whole glossary, `term` selected when given.
pub fn open_glossary(app: &mut App, term: Option<usize>) {
    if app.view != View::Glossary {
        app.glossary.back = None;
    }
    app.glossary.only = None;
    app.glossary.query.clear();
    app.view = View::Glossary;
    let listed = app.glossary.listed(app.content);
    app.glossary.selected = term
        .and_then(|t| listed.iter().position(|&x| x == t))
        .unwrap_or(0);
}

/// A typed character (or a pasted text) of the glossary's filter, capped as the search query is.
pub fn glossary_input(app: &mut App, text: &str) {
    let spaced = text.chars().map(|c| if c.is_control() { ' ' } else { c });
    let max = crate::tui::state::search::MAX_QUERY;
    if !crate::tui::input::append_capped(&mut app.glossary.query, spaced, max) {
        app.status = Some(crate::tui::input::cut_status(app.lang, max));
    }
    app.glossary.selected = 0;
}

/// `o`: the Swedish original in place of the translation, or the translation again. The items are the
/// same at the same places, so every selection stays; the contacts' filters are the shown language's
/// words, so they are rebuilt (and cleared).
pub fn toggle_original(app: &mut App) {
    let next = match (app.translation.take(), app.swedish) {
        (Some(translation), _) => translation,
        (None, Some(sv)) if app.lang == Lang::En => {
            app.translation = Some(app.content);
            sv
        }
        (None, _) => {
            app.status = Some(app.t(Msg::TuiNoTranslation).to_string());
            return;
        }
    };
    app.content = next;
    let selected = app.contacts.selected;
    app.contacts = ContactsState::new(next);
    app.contacts.selected = selected;
    app.recompute();
}
