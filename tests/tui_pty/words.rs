//! The words behind an item, end to end in the pseudo-terminal: `s` opens the source of the duty a
//! search found and Esc returns to it; `B` opens the glossary, where letters filter (`q` does not
//! quit); and under `--lang en`, the translation is marked and `o` shows the Swedish original and back.

use super::Navigator;
use vagvisare::i18n::{Lang, Msg, text};

#[test]
fn s_shows_the_source_of_a_found_duty_and_b_the_glossary() {
    let mut s = Navigator::start();
    s.screen_has("Finns det barn med i bilden?");
    s.send(b"/");
    s.screen_has(text(Lang::Sv, Msg::TuiSearchPrompt));
    s.send(b"skyddsbedomning");
    s.screen_has("[skyldighet] Socialtjänsten");
    s.send(b"\r");
    s.screen_has("id: soc_skyddsbedomning");
    s.send(b"s");
    s.wait_until("the source view on the duty", |sc| {
        let t = sc.contents();
        t.contains("┌ ▶ Källa: ") && t.contains("▶   • När en orosanmälan för barn inkommer")
    });
    s.send(b"\x1b");
    s.wait_until("back on the duty's detail", |sc| {
        let t = sc.contents();
        !t.contains("┌ ▶ Källa: ") && t.contains("Detalj") && t.contains("id: soc_skyddsbedomning")
    });
    s.send(b"B");
    s.screen_has("┌ Begrepp (");
    // Letters are the filter's: `q` filters and does not quit.
    s.send(b"qqzz");
    s.screen_has(text(Lang::Sv, Msg::TuiGlossaryNone));
    s.send(b"\x1b");
    s.wait_until("the glossary closed", |sc| {
        !sc.contents().contains("┌ Begrepp (")
    });
    // Nothing answered: `q` quits at once.
    s.send(b"q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn english_is_marked_and_o_shows_the_swedish_original() {
    let mut s = Navigator::spawn(None, &["--lang", "en"], &[]);
    let marker = text(Lang::En, Msg::Unofficial);
    s.screen_has(marker);
    s.screen_has("Are there children in the picture?");
    s.send(b"o");
    s.wait_until("the Swedish original", |sc| {
        let t = sc.contents();
        t.contains("Svenska originalet / Swedish original")
            && t.contains("Finns det barn med i bilden?")
            && !t.contains(marker)
    });
    s.send(b"o");
    s.wait_until("the translation again", |sc| {
        let t = sc.contents();
        t.contains(marker) && t.contains("Are there children in the picture?")
    });
    s.send(b"q");
    assert_eq!(s.finish(), 0);
}
