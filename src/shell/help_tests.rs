//! The command line's help in both languages: every description translated, clap's fixed English
//! words kept out of the Swedish.

use super::*;

fn walk(cmd: &Command, path: &str, out: &mut Vec<String>) {
    for a in cmd.get_arguments() {
        let h = a.get_help().map(ToString::to_string).unwrap_or_default();
        out.push(format!("{path} --{}: {h}", a.get_id()));
    }
    for s in cmd.get_subcommands() {
        out.push(format!(
            "{} (about): {}",
            s.get_name(),
            s.get_about().map(ToString::to_string).unwrap_or_default()
        ));
        walk(s, s.get_name(), out);
    }
}

#[test]
fn every_description_has_a_swedish_translation() {
    let (mut en, mut sv) = (Vec::new(), Vec::new());
    walk(&command(Lang::En), "", &mut en);
    walk(&command(Lang::Sv), "", &mut sv);
    assert_eq!(en.len(), sv.len());
    let untranslated: Vec<_> = en
        .iter()
        .zip(&sv)
        .filter(|(e, s)| e == s && !e.ends_with(": "))
        .map(|(e, _)| e.clone())
        .collect();
    assert!(
        untranslated.is_empty(),
        "no Swedish text for:\n{}",
        untranslated.join("\n")
    );
    assert!(
        command(Lang::En)
            .get_about()
            .is_some_and(|a| a.to_string().starts_with("A terminal guide"))
    );
}

/// Issue 22: "[possible values: sv, en]" and "text: For people" stayed English in Swedish help.
#[test]
fn swedish_help_says_values_and_defaults_in_swedish() {
    fn all(cmd: &mut Command, out: &mut Vec<(String, String)>) {
        out.push((
            cmd.get_name().to_string(),
            cmd.render_long_help().to_string(),
        ));
        out.push((cmd.get_name().to_string(), cmd.render_help().to_string()));
        for s in cmd.get_subcommands_mut() {
            all(s, out);
        }
    }
    let mut helps = Vec::new();
    all(&mut command(Lang::Sv), &mut helps);
    assert!(helps.len() > 20);
    for (name, help) in &helps {
        for english in [
            "possible values",
            "Possible values",
            "[default:",
            "For people",
            "One stable",
        ] {
            assert!(!help.contains(english), "{name}: `{english}` in\n{help}");
        }
    }
    let assess = helps
        .iter()
        .find(|(n, h)| n == "assess" && h.contains("--format"))
        .map(|(_, h)| h.clone())
        .unwrap_or_default();
    assert!(assess.contains("Värden: text – för människor;"), "{assess}");
    assert!(assess.contains("Standard: text"), "{assess}");
    assert!(assess.contains("Värden: sv, en"), "{assess}");
    // English keeps clap's own words.
    let mut en = Vec::new();
    all(&mut command(Lang::En), &mut en);
    assert!(en.iter().any(|(_, h)| h.contains("For people")));
}

#[test]
fn lang_is_read_from_the_arguments() {
    let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
    assert_eq!(
        lang_from_args(&args(&["vagvisare", "--lang", "en", "--help"])),
        Lang::En
    );
    assert_eq!(
        lang_from_args(&args(&["vagvisare", "assess", "--lang=sv"])),
        Lang::Sv
    );
}
