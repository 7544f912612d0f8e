//! The key table's own checks: no collisions, every binding in the help, every action reachable.

use super::*;
use crate::i18n::text;

#[test]
fn no_two_bindings_collide_in_a_context() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for other in &BINDINGS[i + 1..] {
            assert!(
                !(a.context == other.context
                    && a.code == other.code
                    && normalise(a.code, a.mods) == normalise(other.code, other.mods)),
                "{a:?} collides with {other:?}"
            );
        }
    }
}

#[test]
fn every_binding_appears_in_the_help() {
    for lang in [Lang::Sv, Lang::En] {
        let help = help_lines(lang);
        for b in BINDINGS {
            let label = key_label(b.code, b.mods);
            let desc = text(lang, b.help);
            assert!(
                help.iter().any(|(c, keys, d)| *c == b.context
                    && *d == desc
                    && keys.split(' ').any(|k| k == label)),
                "{b:?} missing from the help"
            );
        }
    }
}

#[test]
fn every_user_action_has_a_key() {
    let wanted = [
        Action::Quit,
        Action::Suspend,
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::PageUp,
        Action::PageDown,
        Action::NextPane,
        Action::PrevPane,
        Action::Open,
        Action::Back,
        Action::Answer(1),
        Action::ClearAnswer,
        Action::ResetAnswers,
        Action::CopyPhone,
        Action::OpenRole,
        Action::OpenDiscovery,
        Action::QuitNow,
        Action::ModalBackspace,
        Action::ModalSubmit,
        Action::ModalCancel,
        Action::ToggleHelp,
        Action::PrevStep,
        Action::NextStep,
        Action::CycleGroup,
        Action::CycleRegion,
        Action::SearchBackspace,
        Action::OpenExport,
        Action::ExportBackspace,
        Action::ExportToggleFormat,
        Action::ExportSubmit,
        Action::ExportCancel,
        Action::ExportOverwrite,
        Action::ExportKeep,
        Action::OpenSource,
        Action::ShowTerms,
        Action::ToggleOriginal,
        Action::GlossaryBackspace,
    ];
    for a in wanted {
        assert!(BINDINGS.iter().any(|b| b.action == a), "{a:?} has no key");
    }
    for v in View::ALL {
        assert!(
            BINDINGS.iter().any(|b| b.action == Action::Show(v)),
            "{v:?} has no key"
        );
    }
}

#[test]
fn global_keys_are_not_shadowed_by_digits() {
    for b in BINDINGS.iter().filter(|b| b.context == Context::Questions) {
        assert!(
            !BINDINGS
                .iter()
                .any(|g| g.context == Context::Global && g.code == b.code && g.action != b.action),
            "{b:?} shadows a global key with another action"
        );
    }
}
