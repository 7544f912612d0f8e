//! Short labels shared by several views: a duty's status and a question's answer, as words and
//! symbols, never by colour alone.

use ratatui::text::Span;

use crate::engine::Status;
use crate::i18n::Msg;
use crate::model::Tri;
use crate::tui::app::App;

/// A status as symbol and word, so it never depends on colour.
pub fn status_label(app: &App, s: Status) -> Span<'static> {
    match s {
        Status::Applies => Span::styled(format!("✔ {}", app.t(Msg::Applies)), app.theme.applies),
        Status::MayApply => {
            Span::styled(format!("? {}", app.t(Msg::MayApply)), app.theme.may_apply)
        }
        Status::Historical => Span::styled(format!("– {}", app.t(Msg::Historical)), app.theme.dim),
    }
}

/// The mark of one clause of a duty's condition under the answers (the "Varför" of the detail pane):
/// three marks that differ in symbol and word, never only in colour — met, not met, unanswered. The
/// one place the navigator words them; when `report` gains the shared marks, this calls them.
pub fn clause_mark(app: &App, holds: Tri) -> Span<'static> {
    let (symbol, msg, style) = match holds {
        Tri::True => ("✔", Msg::ClauseMet, app.theme.applies),
        Tri::False => ("✘", Msg::ClauseNotMet, app.theme.warn),
        Tri::Unknown => ("?", Msg::ClauseUnknown, app.theme.may_apply),
    };
    Span::styled(format!("{symbol} {}", app.t(msg)), style)
}

/// "ja", "Polisen" or "vet ej" for question `q`.
pub fn answer_label(app: &App, q: usize) -> String {
    app.answers
        .get(q)
        .and_then(|o| app.content.questions[q].options.get(o))
        .map_or_else(|| app.t(Msg::Unknown).to_string(), |o| o.label.to_string())
}
