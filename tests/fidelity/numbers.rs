//! No number or email in the content that the seeds do not print (phone numbers, dates and SFS
//! numbers told apart), and the embedded content equal to the content folder.

use std::path::Path;

use super::*;

/// Every string value of a TOML value, with the name of the field it sits in.
fn strings<'a>(v: &'a toml::Value, key: &'a str, out: &mut Vec<(&'a str, &'a str)>) {
    match v {
        toml::Value::String(s) => out.push((key, s)),
        toml::Value::Array(xs) => xs.iter().for_each(|x| strings(x, key, out)),
        toml::Value::Table(t) => t.iter().for_each(|(k, x)| strings(x, k, out)),
        _ => {}
    }
}

/// Whether `b[i..]` starts a `YYYY-MM-DD` date not glued to other digits.
fn date_at(b: &[u8], i: usize) -> bool {
    let shape = b"dddd-dd-dd";
    i + shape.len() <= b.len()
        && shape.iter().zip(&b[i..]).all(|(s, c)| match s {
            b'd' => c.is_ascii_digit(),
            s => c == s,
        })
        && !b.get(i + shape.len()).is_some_and(u8::is_ascii_digit)
}

/// Whether `b[i..]` starts an SFS-style number such as `2001:453` or `1990:52`.
fn sfs_at(b: &[u8], i: usize) -> bool {
    b.len() > i + 5
        && b[i..i + 4].iter().all(u8::is_ascii_digit)
        && b[i + 4] == b':'
        && b[i + 5].is_ascii_digit()
}

/// Phone-like numbers in `s`: runs of at least five digits that may have single spaces or hyphens
/// between digits. Returns each run's digits. Dates (`YYYY-MM-DD`) are skipped, and SFS numbers too
/// when `sfs_ok` (fields named `external`).
fn phone_like(s: &str, sfs_ok: bool) -> Vec<String> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // A run starts at a digit that is not part of a word (`7e9c0837306472d5` is a hash, not a number).
        let starts_run = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if !starts_run {
            i += 1;
            continue;
        }
        if date_at(b, i) {
            i += 10;
            continue;
        }
        if sfs_ok && sfs_at(b, i) {
            i += 5;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            continue;
        }
        let mut digits = String::new();
        while i < b.len() {
            if b[i].is_ascii_digit() {
                digits.push(char::from(b[i]));
                i += 1;
            } else if matches!(b[i], b' ' | b'-')
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && !date_at(b, i + 1)
            {
                i += 1;
            } else {
                break;
            }
        }
        let glued = b.get(i).is_some_and(u8::is_ascii_alphabetic);
        if digits.len() >= 5 && !glued {
            out.push(digits);
        }
    }
    out
}

/// Email-like words in `s`: `local@domain.tld`.
fn emails(s: &str) -> Vec<&str> {
    let local = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let domain = |c: char| c.is_alphanumeric() || ".-".contains(c);
    let mut out = Vec::new();
    for (at, _) in s.match_indices('@') {
        let start = s[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| local(c))
            .last()
            .map_or(at, |(i, _)| i);
        let end = s[at + 1..]
            .char_indices()
            .find(|&(_, c)| !domain(c))
            .map_or(s.len(), |(i, _)| at + 1 + i);
        let e = s[start..end].trim_end_matches('.');
        if start < at && e[at - start + 1..].contains('.') {
            out.push(e);
        }
    }
    out
}

#[test]
fn no_number_or_email_in_the_content_is_missing_from_the_seeds() {
    let Some(seeds) = seeds() else { return };
    let seed_digits: Vec<String> = seeds.values().flat_map(|t| phone_like(t, false)).collect();
    let mut bad = Vec::new();
    let (mut numbers, mut addresses) = (0, 0);
    for (path, table) in content_files() {
        let mut found = Vec::new();
        for (k, v) in &table {
            strings(v, k, &mut found);
        }
        for (key, s) in found {
            for digits in phone_like(s, key == "external") {
                numbers += 1;
                if !seed_digits.iter().any(|d| d.contains(&digits)) {
                    bad.push(format!(
                        "{}: field `{key}`: number {digits} is not in any seed: {s:?}",
                        short(&path)
                    ));
                }
            }
            for e in emails(s) {
                addresses += 1;
                if !seeds.values().any(|t| t.contains(e)) {
                    bad.push(format!(
                        "{}: field `{key}`: email {e} is not in any seed",
                        short(&path)
                    ));
                }
            }
        }
    }
    println!("fidelity: {numbers} numbers and {addresses} emails in all strings checked");
    assert!(
        numbers > 0,
        "no phone-like number found at all: is the scanner broken?"
    );
    assert!(
        bad.is_empty(),
        "{} problem(s):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn the_scanners_find_what_they_should() {
    assert_eq!(phone_like("ring 020-39 00 00 nu", false), ["020390000"]);
    assert_eq!(
        phone_like("08 - 508 25 000", false),
        ["50825000"],
        "` - ` breaks a run"
    );
    assert_eq!(phone_like("114 14 eller 112", false), ["11414"]);
    assert!(phone_like("daterad 2015-03-24, 2011–2015", false).is_empty());
    assert!(phone_like("KF:2001-09-17", false).is_empty());
    assert!(phone_like("SFS 1998:408", true).is_empty());
    assert_eq!(phone_like("tel 2001:45678", false), ["45678"]);
    assert!(
        phone_like("tel 2001:45678", true).is_empty(),
        "SFS in `external`"
    );
    assert_eq!(phone_like("a 12345-2022-10-06", false), ["12345"]);
    assert!(
        phone_like("000_7e9c0837306472d5.txt", false).is_empty(),
        "hashes are words"
    );
    assert_eq!(
        emails("Mejla jenny.selenius@stockholm.se. Eller a@b"),
        ["jenny.selenius@stockholm.se"]
    );
    assert_eq!(normalize("08-508\u{a0}437\u{202f}26\n"), "08-508 437 26\n");
}

#[test]
fn embedded_content_equals_the_content_folder() {
    // `build.rs` embeds VAGVISARE_CONTENT_DIR when set at build time, else content/.
    let dir = option_env!("VAGVISARE_CONTENT_DIR").unwrap_or(CONTENT);
    let loaded =
        vagvisare::content::load_dir(Path::new(dir)).unwrap_or_else(|e| panic!("{dir}:\n{e}"));
    let embedded = vagvisare::embedded::content();
    assert!(
        *embedded == loaded,
        "the embedded content differs from {dir}: rebuild (build.rs embeds it)"
    );
    assert!(!embedded.duties.is_empty());
}
