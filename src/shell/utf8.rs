//! An argument that is not UTF-8, named. clap only says "invalid UTF-8 was detected in one or more
//! arguments"; with several arguments the user is left to guess. Paths (`--output`, `--content` …)
//! may be any bytes, as file names may; ids, answers and times must be text.

use std::ffi::OsString;

use clap::error::ErrorKind;

use super::Cli;
use crate::error::Error;
use crate::i18n::{Msg, fill, text};

/// The usage error for a command line clap refused as not UTF-8: which argument, shown with its
/// undecodable bytes as `\xNN`, and whose value it is when it follows an option (`--at`).
pub fn not_utf8(args: &[OsString]) -> Error {
    let lang = super::help::lang_from_args(args);
    let bad: Vec<usize> = (1..args.len())
        .filter(|&i| args[i].to_str().is_none())
        .collect();
    // The first one clap refuses on its own: with every other undecodable argument made harmless,
    // the parse still fails for it (a path option's value is accepted and so is not the culprit).
    let culprit = bad.iter().copied().find(|&i| {
        let probe: Vec<OsString> = args
            .iter()
            .enumerate()
            .map(|(j, a)| {
                if j != i && bad.contains(&j) {
                    OsString::from("x")
                } else {
                    a.clone()
                }
            })
            .collect();
        matches!(Cli::try_parse_args(probe), Err(e) if e.kind() == ErrorKind::InvalidUtf8)
    });
    let Some(i) = culprit else {
        return Error::Usage(text(lang, Msg::ErrNotUtf8).to_string());
    };
    let shown = escaped(&args[i]);
    let option = match shown.split_once('=') {
        Some((name, value)) if name.starts_with("--") => {
            Some((name.to_string(), value.to_string()))
        }
        _ => args[i - 1]
            .to_str()
            .filter(|prev| takes_value(prev))
            .map(|prev| (prev.to_string(), shown.clone())),
    };
    Error::Usage(match option {
        Some((name, value)) => fill(lang, Msg::ErrNotUtf8Value, &[&name, &value]),
        None => fill(lang, Msg::ErrNotUtf8Argument, &[&shown]),
    })
}

/// `arg` as text, each byte that is not UTF-8 written `\xNN`.
fn escaped(arg: &OsString) -> String {
    let mut out = String::new();
    for chunk in arg.as_encoded_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// Whether `option` (`--at`, `-a`) is an option that takes a value, in any subcommand.
fn takes_value(option: &str) -> bool {
    fn walk(cmd: &clap::Command, option: &str) -> bool {
        cmd.get_arguments().any(|a| {
            a.get_action().takes_values()
                && (a.get_long().is_some_and(|l| option == format!("--{l}"))
                    || a.get_short().is_some_and(|s| option == format!("-{s}")))
        }) || cmd.get_subcommands().any(|s| walk(s, option))
    }
    if !option.starts_with('-') {
        return false;
    }
    // Built, so each subcommand's deferred arguments are there.
    let mut cmd = <Cli as clap::CommandFactory>::command();
    cmd.build();
    walk(&cmd, option)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::ffi::OsStringExt;

    fn args(v: &[&[u8]]) -> Vec<OsString> {
        v.iter().map(|a| OsString::from_vec(a.to_vec())).collect()
    }

    fn message(v: &[&[u8]]) -> String {
        not_utf8(&args(v)).to_string()
    }

    #[test]
    fn the_refused_argument_is_named_with_its_bytes() {
        assert_eq!(
            message(&[
                b"vagvisare",
                b"--lang",
                b"en",
                b"contacts",
                b"--at",
                b"2026-\xff"
            ]),
            "vagvisare: the value of --at is not valid UTF-8: `2026-\\xFF`"
        );
        assert_eq!(
            message(&[
                b"vagvisare",
                b"--lang",
                b"en",
                b"assess",
                b"--answer=barn\xe5=ja"
            ]),
            "vagvisare: the value of --answer is not valid UTF-8: `barn\\xE5=ja`"
        );
        assert_eq!(
            message(&[b"vagvisare", b"--lang", b"en", b"show", b"ak\xc3ut"]),
            "vagvisare: the argument `ak\\xC3ut` is not valid UTF-8"
        );
        // A file name may be any bytes: the refused one is the scenario, after it.
        assert_eq!(
            message(&[
                b"vagvisare",
                b"--lang",
                b"sv",
                b"train",
                b"--handout",
                b"h\xe4ndout.md",
                b"b\xe4rn"
            ]),
            "vagvisare: argumentet `b\\xE4rn` är inte giltig UTF-8"
        );
        assert_eq!(
            not_utf8(&args(&[b"vagvisare", b"--lang", b"en"])).exit_code(),
            2
        );
    }
}
