//! The command line's own help in the user's language.
//!
//! clap takes help texts from the `///` comments in `args.rs`, which are English. For Swedish, the
//! built command is walked once and every description replaced from the table below, keyed by
//! subcommand and argument id; a test fails when a description has no translation. This runs only
//! when clap has something to show (help, usage, an error, the man page, completions), so an ordinary
//! call pays nothing for it. clap's own fixed words for an argument's values and default ("[possible
//! values: …]", "Possible values:", "[default: …]") cannot be translated, so in Swedish they are hidden
//! and said in the help text instead ("Värden: sv, en. Standard: text."), with each value's own help
//! from [`value_sv`].

use clap::{Command, CommandFactory};

use super::Cli;
use crate::i18n::Lang;

/// The description of the program itself, per language.
const ABOUT_EN: &str = "A terminal guide to the Swedish manual on suspected human trafficking: who does what in which \
step, whom to call and which law applies. Without a subcommand the navigator opens.";

/// Swedish description of a subcommand (`""` is the program).
fn about_sv(sub: &str) -> Option<&'static str> {
    Some(match sub {
        "assess" => {
            "Bedöm svaren: vilka skyldigheter som gäller, vilka som kan bli aktuella, vem du ringer, vilken lag."
        }
        "plan" => {
            "Åtgärdsplanen: vad som ska göras nu, av vem, när och vem du ringer, efter hur brådskande det är; \
             med frågorna som fortfarande avgör något."
        }
        "questions" => "Lista situationsfrågorna med id och värden.",
        "steps" => "Lista processens steg och referensspåren.",
        "show" => "Visa ett steg: inledning, vägledning och alla skyldigheter per aktör.",
        "actors" => "Lista aktörerna och hur många skyldigheter var och en har i varje steg.",
        "contacts" => "Lista alla kontakter, med uppgifternas ålder.",
        "timeline" => "Tidsfristerna från upptäckten, som datum, med villkoret för var och en.",
        "law" => "Lista lagrummen och de skyldigheter varje lagrum stöder.",
        "search" => {
            "Sök i all text: böjningar, stavfel och förkortningar också (telefonnummer på siffrorna)."
        }
        "terms" => "Lista begrepp och förkortningar (TUT, LVU, ÅMP …) med former och förklaringar.",
        "sources" => "Lista källdokumenten och hur många poster varje dokument bär.",
        "source" => {
            "Visa var en uppgift kommer ifrån: källdokumentet återskapat i dokumentets ordning, varje \
             skyldighet med sin aktör, uppgiften markerad."
        }
        "validate" => {
            "Kontrollera innehållet (inbyggt, eller --content MAPP): varje problem som fil:rad:kolumn."
        }
        "scenarios" => "Lista övningsscenarierna.",
        "train" => {
            "Gå igenom ett övningsscenario vid projektorn (ren text när utdata inte är en terminal)."
        }
        "guide" => {
            "Vägledd konsultation. Med `--plain`, `ACCESSIBLE=1` eller utan terminal: en fråga i taget på \
             stdin/stdout med numrerade val, för skärmläsare, bara de som fortfarande avgör något; sedan \
             åtgärdsplanen som text."
        }
        "completions" => {
            "Skriv ut ett skript för skalkomplettering: `vagvisare completions bash > /etc/bash_completion.d/vagvisare`."
        }
        "man" => "Skriv ut manualsidan (roff): `vagvisare man > vagvisare.1`.",
        "help" => "Visa detta meddelande eller hjälpen för angivna underkommandon.",
        _ => return None,
    })
}

/// Swedish help of an argument, by subcommand and argument id.
fn arg_sv(sub: &str, id: &str) -> Option<&'static str> {
    Some(match (sub, id) {
        (_, "content") => {
            "Läs och validera innehåll från denna mapp i stället för det inbyggda innehållet."
        }
        (_, "overlay") => {
            "Lägg till lokala kontakter från denna mapp (standard: ~/.config/vagvisare/ om den finns)."
        }
        (_, "no_overlay") => "Bortse från de lokala kontakterna i konfigurationsmappen.",
        (_, "lang") => {
            "Språk för etiketter, meddelanden och innehåll (standard: från LANG, annars svenska). Det engelska \
             innehållet är en inofficiell översättning, märkt som sådan; den svenska texten gäller."
        }
        (_, "max_age_months") => {
            "Antal månader efter vilka en namngiven persons eller ett direktnummers uppgifter markeras \
             \"kontrollera före samtal\" (standard: innehållets inställning, 12). Nationella nummer markeras aldrig."
        }
        (_, "verbose") => {
            "Visa också villkoret så som innehållet skriver det (`barn_utsatt == ja`)."
        }
        ("source", "id") => {
            "En källas id (se `vagvisare sources`) eller id för vilken uppgift som helst: skyldighet, steg, \
             avsnitt (`steg#n`), kontakt, lagrum, tidsfrist, aktör, fråga, scenario. `typ:id` \
             (`law:kontaktforbud`) väljer typ."
        }
        ("", "role") => {
            "Din egen roll (ett aktörs-id): i navigatorn dina skyldigheter först, övriga nedtonade; \
             `assess` listar bara dess skyldigheter."
        }
        ("", "mouse") => {
            "Navigatorn: fånga musen (klick väljer, hjulet rullar). Av som standard så att terminalens egen \
             markering fungerar för att kopiera telefonnummer."
        }
        ("", "theme") => "Navigatorns färger (standard: `default`; `mono` när NO_COLOR är satt).",
        (_, "help") => "Visa hjälp",
        (_, "version") => "Visa version",
        ("assess", "answers") => {
            "Ett svar, `FRÅGA=VÄRDE` (kan upprepas); `vet_ej` betyder obesvarad. Se `vagvisare questions`."
        }
        ("assess", "step") => "Bara skyldigheter i detta steg.",
        ("assess", "role") => "Bara skyldigheter för denna aktör (samma som --role före `assess`).",
        ("assess", "output") => {
            "Skriv till denna fil i stället för stdout (atomärt, läsbar bara för dig; aldrig över en befintlig fil \
             utan --force). Innehåller svaren och bedömningen, aldrig fritext."
        }
        ("assess", "force") => "Med --output: ersätt en befintlig fil.",
        ("assess", "at") => {
            "Tidpunkten för kontakternas nåbarhet: \"ÅÅÅÅ-MM-DD TT:MM\", svensk tid (standard: nu)."
        }
        ("plan", "answers") => {
            "Ett svar, `FRÅGA=VÄRDE` (kan upprepas); `vet_ej` betyder obesvarad. Se `vagvisare questions`."
        }
        ("guide", "role") => {
            "Din egen roll (ett aktörs-id): dina skyldigheter först, övriga under ”Andra aktörer gör” \
             (samma som --role före `guide`)."
        }
        ("plan", "role") => {
            "Din egen roll (ett aktörs-id): dina skyldigheter först, övriga under ”Andra aktörer gör”."
        }
        ("plan", "from") => {
            "Upptäckten, \"ÅÅÅÅ-MM-DD\" eller \"ÅÅÅÅ-MM-DD TT:MM\", svensk tid (standard: nu). Tidsfristerna är \
             datum räknade från dess dag."
        }
        ("plan", "at") => {
            "Tidpunkten för kontakternas nåbarhet, \"ÅÅÅÅ-MM-DD TT:MM\" (standard: --from när den har ett \
             klockslag, annars nu)."
        }
        ("plan", "tracks") => {
            "Ta med referensspåren (stadens program från 2005), som annars utelämnas."
        }
        ("plan", "format") => "Format (standard: text; med --output: markdown).",
        ("plan", "output") => {
            "Skriv planen till denna fil i stället för stdout (atomärt, läsbar bara för dig; aldrig över en \
             befintlig fil utan --force): en checklista i Markdown om inte --format säger annat. Innehåller \
             svaren och innehållets text, aldrig fritext."
        }
        ("plan", "force") => "Med --output: ersätt en befintlig fil.",
        ("guide", "answers") => {
            "Ett svar som redan är känt, `FRÅGA=VÄRDE` (kan upprepas): navigatorn öppnar med det givet."
        }
        ("guide", "from") => {
            "Upptäckten, \"ÅÅÅÅ-MM-DD\" eller \"ÅÅÅÅ-MM-DD TT:MM\", svensk tid (standard: nu). Tidsfristerna är \
             datum räknade från dess dag."
        }
        ("show", "step") => "Stegets id (se `vagvisare steps`).",
        ("contacts", "now") => {
            "Markera vilka som nås nu (svensk tid) och sätt alternativen utanför kontorstid först."
        }
        ("contacts", "at") => {
            "Som --now, vid en annan tidpunkt: \"ÅÅÅÅ-MM-DD TT:MM\" (svensk tid)."
        }
        ("timeline", "from") => {
            "Upptäckten, \"ÅÅÅÅ-MM-DD\" eller \"ÅÅÅÅ-MM-DD TT:MM\" (standard: i dag); tidsfristerna räknas från dess dag."
        }
        ("timeline", "answers") => {
            "Ett svar, `FRÅGA=VÄRDE` (kan upprepas), för att utesluta tidsfrister som inte gäller."
        }
        ("search", "query") => "Ord att hitta; alla måste matcha (i någon text i posten).",
        ("search", "limit") => "Högst så här många träffar.",
        ("train", "scenario") => {
            "Scenariots id (se `vagvisare scenarios`); utan det väljer du i listan."
        }
        ("train", "handout") => "Skriv ett underlag i Markdown utan svar till denna fil.",
        ("train", "key") => "Skriv facit i Markdown, med källor, till denna fil (alltid läge 600).",
        ("train", "mode") => {
            "Underlagets filläge, oktalt (standard 600: bara du kan läsa det; 644 för ett underlag att dela)."
        }
        ("train", "force") => "Skriv över befintliga filer.",
        ("guide", "plain") => "Rad för rad, ingen grafik.",
        ("completions", "shell") => "Skalet.",
        _ => return None,
    })
}

/// Swedish help of a value of an argument (`--format text`), by value and its English help.
fn value_sv(value: &str, en: &str) -> Option<&'static str> {
    Some(match (value, en) {
        ("text", _) => "för människor",
        ("json", "One stable JSON document.") => "ett stabilt JSON-dokument",
        ("json", _) => "ett stabilt JSON-objekt (se README)",
        ("markdown", _) => "en checklista att skriva ut eller arkivera",
        ("default", _) => "dämpade färger på terminalens egen bakgrund",
        ("high-contrast", _) => "vitt, gult och cyan på svart, fetstil där det spelar roll",
        ("mono", _) => "terminalens egna färger, bara fetstil och omvänd text",
        _ => return None,
    })
}

/// An argument's values and default in Swedish words, for the end of its help: clap's own would stay
/// English ("[possible values: sv, en]", "text: For people", "[default: text]").
fn values_sv(a: &clap::Arg) -> Option<String> {
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let en = v.get_help().map(ToString::to_string).unwrap_or_default();
            match value_sv(v.get_name(), &en) {
                Some(sv) => format!("{} – {sv}", v.get_name()),
                None => v.get_name().to_string(),
            }
        })
        .collect();
    let default: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    let mut out = Vec::new();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        let sep = if values.iter().any(|v| v.contains(' ')) {
            "; "
        } else {
            ", "
        };
        out.push(format!("Värden: {}.", values.join(sep)));
    }
    // A flag's default ("false") is not worth saying; clap does not say it either.
    let takes_value = a.get_action().takes_values();
    if takes_value && !default.is_empty() && !a.is_hide_default_value_set() {
        out.push(format!("Standard: {}.", default.join(", ")));
    }
    (!out.is_empty()).then(|| out.join(" "))
}

/// The whole command line, built and described in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    match lang {
        Lang::En => cmd.about(ABOUT_EN),
        Lang::Sv => swedish(cmd, ""),
    }
}

fn swedish(cmd: Command, sub: &str) -> Command {
    let mut cmd = cmd
        .help_template(
            "{before-help}{about-with-newline}\nAnvändning: {usage}\n\n{all-args}{after-help}",
        )
        .subcommand_help_heading("Kommandon")
        .mut_args(|a| {
            let heading = if a.is_positional() {
                "Argument"
            } else {
                "Flaggor"
            };
            let a = if a.get_help_heading().is_none() {
                a.help_heading(heading)
            } else {
                a
            };
            let values = values_sv(&a);
            let a = match arg_sv(sub, a.get_id().as_str()) {
                // clap drops the final period of a one-line help; so do we.
                Some(text) => {
                    let text = match &values {
                        Some(v) => format!("{}. {}", text.trim_end_matches('.'), v),
                        None => text.trim_end_matches('.').to_string(),
                    };
                    a.help(text).long_help(None::<&str>)
                }
                // An argument without help of its own (`--format`): its values are its help.
                None => match &values {
                    Some(v) if a.get_help().is_none() => a.help(v.clone()).long_help(None::<&str>),
                    _ => a,
                },
            };
            match values {
                Some(_) => a.hide_possible_values(true).hide_default_value(true),
                None => a,
            }
        });
    if let Some(about) = about_sv(sub) {
        cmd = cmd
            .about(about.trim_end_matches('.'))
            .long_about(None::<&str>);
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |s| swedish(s, &name));
    }
    cmd
}

/// Parses the command line with the localized command; used once clap has something to show (help,
/// version, an error), where it prints that and exits as clap does.
pub fn parse_localized() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let matches = command(lang_from_args(&args)).get_matches_from(args);
    Cli::from_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The language asked for on the command line, read before clap parses (help and errors are written
/// during parsing): `--lang X` or `--lang=X`, else the locale.
pub fn lang_from_args(args: &[std::ffi::OsString]) -> Lang {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.to_string()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        match value.as_deref() {
            Some("en") => return Lang::En,
            Some("sv") => return Lang::Sv,
            _ => {}
        }
    }
    Lang::from_env()
}

#[cfg(test)]
#[path = "help_tests.rs"]
mod tests;
