//! The walkthrough's update with scrolling: a page longer than the screen is read to its end before
//! the next one comes (PgDn, →, Space and Enter scroll a screenful first; PgUp and ← scroll back up
//! before going back), and the scroll stays inside the page after a resize. The page-to-page changes
//! are the walkthrough's own ([`Walkthrough::update`]); this adds what needs the page's length on
//! screen, which only the view can measure.

use super::view;
use super::walkthrough::{Action, Flow, Walkthrough};
use crate::i18n::Lang;

/// Applies `action` to `w` as shown in `lang`; says whether to go on.
pub fn update(w: &mut Walkthrough, action: Action, lang: Lang) -> Flow {
    let max = view::scroll_max(w, lang);
    let page = view::screenful(w);
    let flow = match action {
        Action::Next | Action::Confirm if w.scroll < max => {
            w.scroll = (w.scroll + page).min(max);
            Flow::Continue
        }
        Action::Back if w.scroll > 0 => {
            w.scroll = w.scroll.saturating_sub(page);
            Flow::Continue
        }
        a => w.update(a),
    };
    // Inside the page, also after a resize or a reveal that shortened it.
    w.scroll = w.scroll.min(view::scroll_max(w, lang));
    flow
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
