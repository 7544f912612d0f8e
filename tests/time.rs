//! Time-aware guidance: reachability across weekday/weekend/holiday/night boundaries, the call order by
//! urgency (and a closed support line last), deadline arithmetic across month and year ends, and
//! validation of the time kinds.

use vagvisare::content::{SourceFile, load_files};
use vagvisare::embedded::content;
use vagvisare::engine::calendar::{LocalTime, add_days};
use vagvisare::engine::reach::{ReachState, call_order, reach_at};
use vagvisare::engine::{Answers, Status, timeline};
use vagvisare::model::Date;

fn at(s: &str) -> LocalTime {
    LocalTime::parse(s).unwrap_or_else(|| panic!("bad time {s}"))
}

fn state(contact: &str, time: &str) -> ReachState {
    let c = content();
    let k = c
        .contact_index(contact)
        .unwrap_or_else(|| panic!("no contact {contact}"));
    reach_at(&c.contacts[k], at(time)).state
}

#[test]
fn support_line_reachability_table() {
    use ReachState::*;
    for (time, want) in [
        ("2026-11-25 10:00", LikelyOpen),   // Wednesday morning
        ("2026-11-25 07:59", LikelyClosed), // before office hours
        ("2026-11-25 08:00", LikelyOpen),
        ("2026-11-25 16:59", LikelyOpen),
        ("2026-11-25 17:00", LikelyClosed), // evening
        ("2026-11-27 22:00", LikelyClosed), // Friday 22:00
        ("2026-11-28 10:00", Closed),       // Saturday: not a vardag, certain
        ("2026-11-29 10:00", Closed),       // Sunday
        ("2026-06-19 10:00", LikelyClosed), // Midsommarafton: an eve, not a public holiday
        ("2026-06-20 10:00", Closed),       // Midsommardagen (Saturday anyway)
        ("2026-12-24 10:00", LikelyClosed), // Julafton, Thursday
        ("2026-12-25 10:00", Closed),       // Juldagen
        ("2026-12-31 10:00", LikelyClosed), // Nyårsafton
        ("2027-01-01 10:00", Closed),       // Nyårsdagen
        ("2027-01-06 10:00", Closed),       // Trettondedag jul, Wednesday
        ("2026-04-03 10:00", Closed),       // Långfredagen
        ("2026-04-06 10:00", Closed),       // Annandag påsk
        ("2026-05-14 10:00", Closed),       // Kristi himmelsfärdsdag
        ("2026-06-08 10:00", LikelyOpen),   // Monday after Pingst: a working day since 2005
    ] {
        assert_eq!(state("stodtelefon", time), want, "stödtelefon at {time}");
    }
    assert_eq!(state("larm_112", "2026-12-24 22:00"), Open);
    // 002 names 114 14 and the socialjour for urgent cases ("Vid brådskande ärenden …"), not as what to
    // call when the support line is closed, and gives no hours for either: none are invented.
    assert_eq!(state("polisen_11414", "2026-12-24 22:00"), Unknown);
    assert_eq!(state("socialjouren", "2026-12-24 22:00"), Unknown);
}

/// 002: "Stödtelefonen är bemannad under kontorstid på vardagar. Vid brådskande ärenden kontakta polis på
/// telefonnummer 114 14 alternativt socialjour eller motsvarande jourfunktion inom socialtjänsten. Vid
/// akut fara ring 112." Urgency, not the clock, orders the calls; the clock only moves a closed line last.
#[test]
fn urgency_orders_the_calls_and_a_closed_support_line_goes_last() {
    let c = content();
    let ids = |time: &str, answers: &[&str]| -> Vec<String> {
        let a = Answers::parse(c, answers).unwrap_or_else(|e| panic!("{e}"));
        call_order(c, &a, at(time))
            .iter()
            .map(|(k, _)| c.contacts[*k].id.to_string())
            .collect()
    };
    let triage = ["larm_112", "polisen_11414", "socialjouren", "stodtelefon"];
    // Nothing answered, or acute danger: 112, then the urgent numbers, then the advice line — on a
    // weekday morning as on Christmas Eve night.
    for time in ["2026-11-25 10:00", "2026-12-24 22:00"] {
        assert_eq!(ids(time, &[]), triage, "{time}");
        assert_eq!(ids(time, &["akut_fara=ja"]), triage, "{time}");
        assert_eq!(
            ids(time, &["akut_fara=ja", "bradskande=nej"]),
            triage,
            "{time}"
        );
    }
    // Not acute, urgent or not known not to be: 114 14 or socialjour first; 112 last, acute danger is
    // ruled out.
    let urgent = ["polisen_11414", "socialjouren", "stodtelefon", "larm_112"];
    assert_eq!(ids("2026-11-25 10:00", &["akut_fara=nej"]), urgent);
    assert_eq!(
        ids("2026-11-25 10:00", &["akut_fara=nej", "bradskande=ja"]),
        urgent
    );
    // Advice only: the support line first — while it is (likely) open.
    assert_eq!(
        ids("2026-11-25 10:00", &["akut_fara=nej", "bradskande=nej"]),
        ["stodtelefon", "polisen_11414", "socialjouren", "larm_112"]
    );
    assert_eq!(
        ids("2026-11-28 10:00", &["akut_fara=nej", "bradskande=nej"]),
        ["polisen_11414", "socialjouren", "larm_112", "stodtelefon"],
        "Saturday: the closed support line goes last"
    );
}

#[test]
fn deadlines_across_month_and_year_ends() {
    let c = content();
    let date = |due: &[vagvisare::engine::Due], id: &str| {
        due.iter()
            .find(|d| c.deadlines[d.deadline].id == id)
            .and_then(|d| d.date)
            .map(|d| d.to_string())
    };
    let child = Answers::parse(c, &["barn_utsatt=ja", "hemvist_utomlands=ja"]).unwrap_or_default();
    let from = |s: &str| {
        Date::parse(s).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        })
    };
    let due = timeline(c, &child, from("2026-12-31"));
    assert_eq!(
        date(&due, "skyddsbedomning_barn").as_deref(),
        Some("2027-01-01")
    );
    // The 30-day reflection permit runs from the permit, not from discovery: no date (issue 21).
    assert!(
        due.iter()
            .any(|d| c.deadlines[d.deadline].id == "tut_betanketid" && d.date.is_none()),
        "the reflection permit is listed, undated"
    );
    assert_eq!(add_days(from("2026-12-31"), 30).to_string(), "2027-01-30");
    let due = timeline(c, &child, from("2028-02-28"));
    assert_eq!(
        date(&due, "skyddsbedomning_barn").as_deref(),
        Some("2028-02-29"),
        "leap day"
    );
    assert_eq!(date(&due, "tut_betanketid"), None);
    assert_eq!(add_days(from("2028-02-28"), 30).to_string(), "2028-03-29");
    let due = timeline(c, &child, from("2026-01-31"));
    assert_eq!(
        date(&due, "skyddsbedomning_barn").as_deref(),
        Some("2026-02-01")
    );
    // Soonest first; undated last.
    let dates: Vec<Option<Date>> = due.iter().map(|d| d.date).collect();
    let mut sorted = dates.clone();
    sorted.sort_by_key(|d| (d.is_none(), *d));
    assert_eq!(dates, sorted);
}

#[test]
fn deadlines_follow_their_conditions() {
    let c = content();
    let ids = |answers: &[&str]| -> Vec<(String, Status)> {
        let a = Answers::parse(c, answers).unwrap_or_default();
        let from = Date {
            year: 2026,
            month: 11,
            day: 23,
        };
        timeline(c, &a, from)
            .into_iter()
            .map(|d| (c.deadlines[d.deadline].id.to_string(), d.status))
            .collect()
    };
    let adult = ids(&["barn_utsatt=nej", "barn_i_bilden=nej"]);
    assert!(
        !adult.iter().any(|(id, _)| id == "skyddsbedomning_barn"),
        "{adult:?}"
    );
    let child = ids(&["barn_utsatt=ja"]);
    assert!(
        child.contains(&("skyddsbedomning_barn".to_string(), Status::Applies)),
        "{child:?}"
    );
    let unknown = ids(&[]);
    assert!(
        unknown.contains(&("skyddsbedomning_barn".to_string(), Status::MayApply)),
        "{unknown:?}"
    );
}

fn fixture() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/content/all.toml"
    ))
    .unwrap_or_default()
}

fn errors(extra: &str) -> Vec<String> {
    let text = format!("{}\n{extra}", fixture());
    match load_files(vec![SourceFile {
        name: "t.toml".into(),
        text,
    }]) {
        Ok(_) => Vec::new(),
        Err(d) => d.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn time_kinds_are_validated_with_positions() {
    let base_lines = fixture().lines().count() + 1;
    let e = errors(
        "[[deadline]]\nid = \"x\"\nlabel = \"L\"\nkind = \"snart\"\ndays = -3\nwords = \"w\"\nstep = \"nope\"\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    assert_eq!(e.len(), 3, "{e:?}");
    assert!(
        e[0].starts_with(&format!(
            "t.toml:{}:8: deadline `x`: kind `snart`",
            base_lines + 4
        )),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|m| m.contains("deadline `x`: days must be 0 to 3650, not -3")),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|m| m.contains("deadline `x`: unknown step `nope`")),
        "{e:?}"
    );
    let e = errors(
        "[[escalation]]\nid = \"e\"\ntext = \"t\"\nchain = [\"stodtelefon\", \"saknas\"]\nsource = { doc = \"s002\", heading = \"h\" }\n",
    );
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].contains("escalation `e`: unknown contact `saknas`"),
        "{e:?}"
    );
    let text = fixture().replacen(
        "hours = \"Stödtelefonen",
        "reach = { kind = \"ibland\", words = \"w\" }\nhours = \"Stödtelefonen",
        1,
    );
    let e = load_files(vec![SourceFile {
        name: "t.toml".into(),
        text,
    }])
    .err()
    .map(|d| d.to_string())
    .unwrap_or_default();
    assert!(
        e.contains("contact `stodtelefon`: reach kind `ibland` is not one of"),
        "{e}"
    );
}

/// The seed's words kept with deadlines, the escalation chain, reachability and urgency are verbatim
/// from the seed each cites (when the seeds are beside the checkout).
#[test]
fn time_words_are_verbatim_from_their_seed() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.is_dir() {
        eprintln!("skipped: no seeds at {}", seeds.display());
        return;
    }
    let c = content();
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let seed = |doc: usize| {
        collapse(&std::fs::read_to_string(seeds.join(&*c.sources[doc].file)).unwrap_or_default())
    };
    let mut checked = 0;
    for d in c.deadlines.iter() {
        assert!(
            seed(d.source.doc).contains(&collapse(&d.words)),
            "deadline {}: {:?}",
            d.id,
            d.words
        );
        checked += 1;
    }
    for e in c.escalations.iter() {
        for sentence in e.text.split_inclusive(". ") {
            assert!(
                seed(e.source.doc).contains(&collapse(sentence.trim())),
                "escalation {}: {sentence:?}",
                e.id
            );
        }
        checked += 1;
    }
    for k in c.contacts.iter() {
        if let Some(r) = &k.reach {
            assert!(
                seed(k.source.doc).contains(&collapse(&r.words)),
                "reach of {}: {:?}",
                k.id,
                r.words
            );
            checked += 1;
        }
        if let Some(u) = &k.urgency {
            assert!(
                seed(k.source.doc).contains(&collapse(&u.words)),
                "urgency of {}: {:?}",
                k.id,
                u.words
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "checked {checked}");
}

/// The new content fields of issue 21 are validated with positions: a contact's `urgency` kind, a
/// deadline's `vanligt` kind, and a duty's `also` (a known actor, not the duty's own, no repeats).
#[test]
fn urgency_usual_deadlines_and_also_are_validated() {
    let e = errors(
        "[[deadline]]\nid = \"u\"\nlabel = \"L\"\nkind = \"vanligt\"\ndays = 0\nwords = \"w\"\nstep = \"akut\"\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    assert!(e.is_empty(), "`vanligt` is a deadline kind: {e:?}");
    let text = fixture().replacen(
        "hours = \"Stödtelefonen",
        "urgency = { kind = \"ibland\", words = \"w\" }\nhours = \"Stödtelefonen",
        1,
    );
    let e = load_files(vec![SourceFile {
        name: "t.toml".into(),
        text,
    }])
    .err()
    .map(|d| d.to_string())
    .unwrap_or_default();
    assert!(
        e.contains("contact `stodtelefon`: urgency kind `ibland` is not one of akut_fara, bradskande, rad_och_vagledning"),
        "{e}"
    );
    let base_lines = fixture().lines().count() + 1;
    let e = errors(
        "[[duty]]\nid = \"d\"\nstep = \"akut\"\nactor = \"polisen\"\nalso = [\"polisen\", \"aklagaren\", \"aklagaren\", \"nope\"]\ntext = \"t\"\nattribution = \"stated\"\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    assert_eq!(e.len(), 3, "{e:?}");
    assert!(
        e.iter()
            .all(|m| m.starts_with(&format!("t.toml:{}:", base_lines + 5))),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|m| m.ends_with("duty `d`: `also` repeats actor `polisen`")),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|m| m.ends_with("duty `d`: `also` repeats actor `aklagaren`")),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|m| m.ends_with("duty `d`: unknown actor `nope`")),
        "{e:?}"
    );
}
