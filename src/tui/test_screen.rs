//! What the navigator's tests draw with: a frame of `&App` on ratatui's `TestBackend`, and its text one
//! line per row (for assertions and insta snapshots).

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::app::App;
use super::views;

/// `app` drawn once on a `w`×`h` test terminal.
pub fn terminal(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("terminal: {e}"));
    t.draw(|f| views::render(app, f))
        .unwrap_or_else(|e| panic!("draw: {e}"));
    t
}

/// The test terminal's screen as text, one line per row.
pub fn text(t: &Terminal<TestBackend>) -> String {
    let b = t.backend().buffer();
    (0..b.area.height)
        .map(|y| {
            (0..b.area.width)
                .map(|x| b[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `app` drawn at `w`×`h`, as text.
pub fn screen(app: &App, w: u16, h: u16) -> String {
    text(&terminal(app, w, h))
}
