//! Phrases every format shares: dates ("tisdag 24 november 2026"), deadlines, reachability, the mark of
//! a local contact. (The age of a contact's information: [`super::freshness`].)

use crate::engine::ItemRef;
use crate::engine::calendar::weekday;
use crate::engine::reach::{ReachState, Why};
use crate::i18n::{Lang, Msg, text};
use crate::model::{Contact, Content, Date, DeadlineKind, Duty};

/// "1 juli 2025": a day without its weekday (a law's day of entry into force).
pub fn long_date_no_weekday(lang: Lang, d: Date) -> String {
    let month = text(lang, MONTHS[usize::from(d.month.saturating_sub(1)) % 12]);
    format!("{} {month} {}", d.day, d.year)
}

const MONTHS: [Msg; 12] = [
    Msg::Jan,
    Msg::Feb,
    Msg::Mar,
    Msg::Apr,
    Msg::May,
    Msg::Jun,
    Msg::Jul,
    Msg::Aug,
    Msg::Sep,
    Msg::Oct,
    Msg::Nov,
    Msg::Dec,
];

/// "tisdag 24 november 2026".
pub fn long_date(lang: Lang, d: Date) -> String {
    const DAYS: [Msg; 7] = [
        Msg::Mon,
        Msg::Tue,
        Msg::Wed,
        Msg::Thu,
        Msg::Fri,
        Msg::Sat,
        Msg::Sun,
    ];
    let day = text(lang, DAYS[usize::from(weekday(d)) % 7]);
    let month = text(lang, MONTHS[usize::from(d.month.saturating_sub(1)) % 12]);
    match lang {
        Lang::Sv => format!("{day} {} {month} {}", d.day, d.year),
        Lang::En => format!("{day} {} {month} {}", d.day, d.year),
    }
}

/// "genast", "senast tisdag 24 november 2026", "löper till …", "vanligen … (inte en tidsfrist)" or
/// "inget datum i källan".
pub fn due_words(lang: Lang, date: Option<Date>, kind: DeadlineKind) -> String {
    match (date, kind) {
        (_, DeadlineKind::Immediately) => text(lang, Msg::PlanImmediately).to_string(),
        (Some(d), DeadlineKind::Latest) => {
            format!("{} {}", text(lang, Msg::Latest), long_date(lang, d))
        }
        (Some(d), DeadlineKind::Period) => {
            format!("{} {}", text(lang, Msg::Until), long_date(lang, d))
        }
        (Some(d), DeadlineKind::Usual) => format!(
            "{} {} ({})",
            text(lang, Msg::Usually),
            long_date(lang, d),
            text(lang, Msg::NotADeadline)
        ),
        (None, _) => text(lang, Msg::NoDate).to_string(),
    }
}

/// The word for a reachability state.
pub fn state_word(lang: Lang, s: ReachState) -> &'static str {
    text(
        lang,
        match s {
            ReachState::Open => Msg::ReachOpen,
            ReachState::LikelyOpen => Msg::ReachLikelyOpen,
            ReachState::LikelyClosed => Msg::ReachLikelyClosed,
            ReachState::Closed => Msg::ReachClosed,
            ReachState::Alternative => Msg::ReachAlternative,
            ReachState::Unknown => Msg::ReachUnknown,
        },
    )
}

/// Why, in words: "helgdag: Juldagen".
pub fn why_words(lang: Lang, w: Why) -> String {
    match w {
        Why::Weekend => text(lang, Msg::WhyWeekend).to_string(),
        Why::Holiday(name) => format!("{}: {name}", text(lang, Msg::WhyHoliday)),
        Why::Eve(name) => format!("{name}: {}", text(lang, Msg::WhyEve)),
        Why::InsideOfficeHours => text(lang, Msg::WhyInsideOffice).to_string(),
        Why::OutsideOfficeHours => text(lang, Msg::WhyOutsideOffice).to_string(),
        Why::AroundTheClock => text(lang, Msg::WhyAroundTheClock).to_string(),
        Why::NamedAlternative => text(lang, Msg::WhyAlternative).to_string(),
        Why::NoInformation => text(lang, Msg::WhyNoInformation).to_string(),
    }
}

/// "[lokal] " before a contact from a local overlay; nothing for shipped ones.
pub fn local_mark(lang: Lang, k: &Contact) -> String {
    if k.local {
        format!("[{}] ", text(lang, Msg::Local))
    } else {
        String::new()
    }
}

/// The word for a search hit's kind (`[lagrum]`, `[law]`); JSON keeps [`ItemRef::kind`].
pub fn kind_text(lang: Lang, item: ItemRef) -> &'static str {
    text(
        lang,
        match item {
            ItemRef::Step(_) => Msg::KindStep,
            ItemRef::Section(..) => Msg::KindSection,
            ItemRef::Duty(_) => Msg::KindDuty,
            ItemRef::Actor(_) => Msg::KindActor,
            ItemRef::Question(_) => Msg::KindQuestion,
            ItemRef::Contact(_) => Msg::KindContact,
            ItemRef::Law(_) => Msg::KindLaw,
            ItemRef::Term(_) => Msg::KindTerm,
        },
    )
}

/// "även: Socialtjänsten" for a duty whose text also gives work to other actors; `None` otherwise.
pub fn also_names(lang: Lang, c: &Content, d: &Duty) -> Option<String> {
    (!d.also.is_empty()).then(|| {
        let names: Vec<&str> = d.also.iter().map(|&a| c.actors[a].name.as_ref()).collect();
        format!("{}: {}", text(lang, Msg::Also), names.join(", "))
    })
}

/// The duty's actor, and the others its text also gives work to: "Tingsrätten (även: Socialtjänsten)".
pub fn actor_names(lang: Lang, c: &Content, d: &Duty) -> String {
    let actor = c.actors[d.actor].name.to_string();
    match also_names(lang, c, d) {
        Some(also) => format!("{actor} ({also})"),
        None => actor,
    }
}

/// A law's title after its citation, or `None` when the title only repeats the citation ("HSLF-FS
/// 2022:39 — HSLF-FS 2022:39"): every face then prints the citation once.
pub fn law_title(l: &crate::model::Law) -> Option<&str> {
    let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
    (!same(&l.title.to_lowercase(), &l.citation.to_lowercase())).then_some(&*l.title)
}

/// "barn_utsatt=ja, akut_fara=nej", or "inga svar ännu": the answers given, as typed on the command
/// line (`--answer ID=VALUE`), for the head of an assessment, a plan and the summary.
pub fn answers_given(lang: Lang, c: &Content, answers: &crate::engine::Answers) -> String {
    let pairs = answers.pairs(c);
    if pairs.is_empty() {
        return text(lang, Msg::NoAnswers).to_string();
    }
    pairs
        .iter()
        .map(|(q, val)| format!("{q}={val}"))
        .collect::<Vec<_>>()
        .join(", ")
}
