//! The command line's parsing: shared options before and after the subcommand.

use super::*;

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    Cli::try_parse_args(std::iter::once("vagvisare").chain(args.iter().copied()))
}

#[test]
fn shared_options_are_taken_before_and_after_the_subcommand() {
    for args in [
        &["--lang", "en", "--content", "x", "assess"][..],
        &["assess", "--lang", "en", "--content", "x"],
        &["--content", "x", "validate", "--lang", "en"],
    ] {
        let cli = parse(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        assert_eq!(cli.globals.lang, Some(Lang::En), "{args:?}");
        assert_eq!(cli.globals.content, Some(PathBuf::from("x")), "{args:?}");
    }
    let cli = parse(&["--overlay", "a", "man", "--no-overlay"]);
    assert_eq!(
        cli.map(|_| ()).map_err(|e| e.kind()),
        Err(clap::error::ErrorKind::ArgumentConflict)
    );
    assert!(parse(&["man", "--overlay", "a", "--no-overlay"]).is_err());
}

#[test]
fn the_option_after_the_subcommand_wins() {
    let cli = parse(&["--lang", "sv", "--overlay", "a", "steps", "--lang", "en"]);
    let cli = cli.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cli.globals.lang, Some(Lang::En));
    assert_eq!(cli.globals.overlay, Some(PathBuf::from("a")));
    assert!(!cli.globals.no_overlay);
    let cli = parse(&["--content", "a", "steps", "--content", "b"]);
    assert_eq!(
        cli.ok().and_then(|c| c.globals.content),
        Some(PathBuf::from("b"))
    );
}
