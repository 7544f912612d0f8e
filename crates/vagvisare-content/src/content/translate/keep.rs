//! What a translation must keep unchanged: the facts a reader acts on, compared between a Swedish text
//! and its English translation.
//!
//! - every run of digits, as a multiset: the English has exactly the Swedish numbers ("30 dagar" →
//!   "30 days"; a changed, dropped or added number is reported);
//! - every ISO date (`2022-10-06`) verbatim;
//! - every §-citation as printed (`§ 6 LVU`, `6 § LVU`, `3 kap. 6 b § första stycket SoL`,
//!   `6 kap. 11 § brottsbalken`);
//! - every statute, regulation and directive number (`HSLF-FS 2022:39`, `SFS 1998:408`, `1990:52`,
//!   `2011/36/EU`);
//! - every email and web address.
//!
//! Pure functions of the two texts; the caller turns each problem into a `file:line:col` diagnostic.

/// The problems of one translated text, each a sentence fragment such as
/// "number `30` of the Swedish is missing".
pub fn check(sv: &str, en: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut want, mut have) = (digit_runs(sv), digit_runs(en));
    want.sort_unstable();
    have.sort_unstable();
    for n in difference(&want, &have) {
        out.push(format!("number `{n}` of the Swedish is missing"));
    }
    for n in difference(&have, &want) {
        out.push(format!("number `{n}` is not in the Swedish"));
    }
    let en_tokens = format!(" {} ", tokens(en).join(" "));
    for (what, items) in [("§-citation", citations(sv)), ("reference", references(sv))] {
        for item in items {
            if !en_tokens.contains(&format!(" {item} ")) {
                out.push(format!("{what} `{item}` of the Swedish is missing"));
            }
        }
    }
    for (what, items) in [("date", dates(sv)), ("address", addresses(sv))] {
        for item in items {
            if !en.contains(item.as_str()) {
                out.push(format!("{what} `{item}` of the Swedish is missing"));
            }
        }
    }
    out
}

/// The items of sorted `a` not matched in sorted `b` (multiset difference), each once per surplus.
fn difference<'s>(a: &[&'s str], b: &[&str]) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut j = 0;
    for &x in a {
        while j < b.len() && b[j] < x {
            j += 1;
        }
        if j < b.len() && b[j] == x {
            j += 1;
        } else {
            out.push(x);
        }
    }
    out
}

/// Every maximal run of ASCII digits.
fn digit_runs(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .collect()
}

/// The words of `s` with surrounding quotes, brackets and punctuation removed (`kap.` keeps its dot),
/// and `§` always a word of its own.
fn tokens(s: &str) -> Vec<String> {
    s.replace('§', " § ")
        .split_whitespace()
        .map(|w| {
            let w = w.trim_start_matches(['(', '[', '"', '”', '“', '\'', '«']);
            let t = w.trim_end_matches([
                '.', ',', ';', ':', ')', ']', '"', '”', '“', '\'', '»', '!', '?',
            ]);
            if t.eq_ignore_ascii_case("kap") && w.len() > t.len() && w[t.len()..].starts_with('.') {
                format!("{t}.")
            } else {
                t.to_string()
            }
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_number(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// A paragraph letter: `6 b §`.
fn is_letter(w: &str) -> bool {
    w.len() == 1 && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// The name of a law after a paragraph: an abbreviation (`LVU`, `SoL`) or a word ending like a Swedish
/// statute (`Socialtjänstlagen`, `brottsbalken`).
fn is_law(w: &str) -> bool {
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    let abbreviation = (2..=6).contains(&w.chars().count())
        && w.chars().all(char::is_alphabetic)
        && w.starts_with(char::is_uppercase)
        && upper >= 2;
    let lower = w.to_lowercase();
    abbreviation
        || ["lagen", "balken", "förordningen"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// "första stycket", "andra punkten": the part of a paragraph.
fn is_part(w: &[String]) -> bool {
    matches!(
        w,
        [n, p] if ["första", "andra", "tredje", "fjärde", "femte"].contains(&n.as_str())
            && ["stycket", "punkten", "meningen"].contains(&p.as_str())
    )
}

/// Every §-citation of `s`, its words joined by single spaces.
pub fn citations(s: &str) -> Vec<String> {
    let w = tokens(s);
    let mut out = Vec::new();
    for (i, t) in w.iter().enumerate() {
        if t != "§" {
            continue;
        }
        let (mut start, mut end) = (i, i + 1);
        if i > 0 && is_number(&w[i - 1]) {
            // `6 §`, `6 b §`, `3 kap. 6 b §`
            start = i - 1;
        } else if i > 1 && is_letter(&w[i - 1]) && is_number(&w[i - 2]) {
            start = i - 2;
        } else if w.get(i + 1).is_some_and(|n| is_number(n)) {
            // `§ 6`, `§ 6 b`
            end = i + 2;
            if w.get(end).is_some_and(|l| is_letter(l)) {
                end += 1;
            }
        } else {
            continue;
        }
        if start >= 2 && w[start - 1].to_lowercase().starts_with("kap") && is_number(&w[start - 2])
        {
            start -= 2;
        }
        if w.get(end..end + 2).is_some_and(is_part) {
            end += 2;
        }
        if w.get(end).is_some_and(|l| is_law(l)) {
            end += 1;
        }
        out.push(w[start..end].join(" "));
    }
    out
}

/// Statute, regulation and directive numbers: `HSLF-FS 2022:39`, `1998:408`, `2011/36/EU`.
fn references(s: &str) -> Vec<String> {
    let w = tokens(s);
    let mut out = Vec::new();
    for (i, t) in w.iter().enumerate() {
        let colon = t
            .split_once(':')
            .is_some_and(|(a, b)| is_number(a) && is_number(b));
        let slashes: Vec<&str> = t.split('/').collect();
        let directive = slashes.len() == 3 && is_number(slashes[0]) && is_number(slashes[1]);
        if colon && i > 0 && w[i - 1].ends_with("-FS") {
            out.push(format!("{} {t}", w[i - 1]));
        } else if colon || directive {
            out.push(t.clone());
        }
    }
    out
}

/// ISO dates, `YYYY-MM-DD`.
fn dates(s: &str) -> Vec<String> {
    let b = s.as_bytes();
    let shape = b"0000-00-00";
    (0..b.len().saturating_sub(shape.len() - 1))
        .filter(|&i| {
            let at = |k: usize| b.get(i + k).copied();
            (0..shape.len()).all(|k| match shape[k] {
                b'-' => at(k) == Some(b'-'),
                _ => at(k).is_some_and(|c| c.is_ascii_digit()),
            }) && (i == 0 || !b[i - 1].is_ascii_digit())
                && !at(shape.len()).is_some_and(|c| c.is_ascii_digit())
        })
        .map(|i| s[i..i + shape.len()].to_string())
        .collect()
}

/// Email and web addresses.
fn addresses(s: &str) -> Vec<String> {
    tokens(s)
        .into_iter()
        .filter(|w| {
            w.contains('@')
                || w.starts_with("http://")
                || w.starts_with("https://")
                || w.starts_with("www.")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_citations_as_printed() {
        let s = "enligt § 6 LVU, i det akuta skedet (3 kap. 6 b § första stycket SoL). Enligt 6 § LVU \
                 fattas; 6 § gäller; 6 kap. 11 § brottsbalken; 2 kap 1 § Socialtjänstlagen - kommunens";
        assert_eq!(
            citations(s),
            [
                "§ 6 LVU",
                "3 kap. 6 b § första stycket SoL",
                "6 § LVU",
                "6 §",
                "6 kap. 11 § brottsbalken",
                "2 kap 1 § Socialtjänstlagen"
            ]
        );
    }

    #[test]
    fn a_faithful_translation_passes() {
        let sv = "Fattar vid behov beslut om omedelbart omhändertagande, enligt § 6 LVU, senast 30 dagar \
                  efter 2022-10-06 (HSLF-FS 2022:39, SFS 1998:408, 2011/36/EU). Mejla jenny.selenius@stockholm.se \
                  eller se www.lansstyrelsen.se/stockholm.";
        let en = "Decides if needed on an immediate care order, under § 6 LVU, at the latest 30 days after \
                  2022-10-06 (HSLF-FS 2022:39, SFS 1998:408, 2011/36/EU). Email jenny.selenius@stockholm.se \
                  or see www.lansstyrelsen.se/stockholm.";
        assert_eq!(check(sv, en), Vec::<String>::new());
    }

    #[test]
    fn every_lost_or_changed_fact_is_named() {
        let sv = "enligt § 6 LVU inom 30 dagar från 2022-10-06 enligt HSLF-FS 2022:39; a@b.se";
        let en = "under section 6 LVU within 31 days from 6 October 2022 under HSLF-FS 2022:39";
        let problems = check(sv, en);
        for want in [
            "number `30` of the Swedish is missing",
            "number `10` of the Swedish is missing",
            "number `06` of the Swedish is missing",
            "number `31` is not in the Swedish",
            "§-citation `§ 6 LVU` of the Swedish is missing",
            "date `2022-10-06` of the Swedish is missing",
            "address `a@b.se` of the Swedish is missing",
        ] {
            assert!(problems.iter().any(|p| p == want), "{want}: {problems:?}");
        }
        assert!(!problems.iter().any(|p| p.contains("HSLF")), "{problems:?}");
    }

    #[test]
    fn numbers_are_a_multiset() {
        assert_eq!(check("1 och 1", "1 and 1"), Vec::<String>::new());
        assert_eq!(
            check("1 och 1", "1 and one"),
            ["number `1` of the Swedish is missing"]
        );
        assert_eq!(check("sex månader", "six months"), Vec::<String>::new());
    }
}
