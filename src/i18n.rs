//! The message catalogue: every label of UI chrome (CLI and navigator) in Swedish and English.
//! An exhaustive `match` per language makes a missing translation a compile error. Content stays Swedish.

/// The language of UI chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// From a locale such as `LANG=en_GB.UTF-8`: English for `en*`, otherwise Swedish.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            Some(l) if l.starts_with("en") => Lang::En,
            _ => Lang::Sv,
        }
    }

    /// From `LC_ALL`, `LC_MESSAGES`, then `LANG`, as POSIX orders them.
    pub fn from_env() -> Lang {
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        Lang::from_locale(var.as_deref())
    }
}

macro_rules! catalogue {
    ($($msg:ident => $sv:expr, $en:expr;)*) => {
        /// A piece of UI chrome.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($msg,)* }

        impl Msg {
            /// Every message, for tests that check both languages.
            pub const ALL: &'static [Msg] = &[$(Msg::$msg,)*];
        }

        /// `msg` in `lang` with `{0}`, `{1}` … replaced by `args`: messages that name an id or a path.
        pub fn fill(lang: Lang, msg: Msg, args: &[&str]) -> String {
            let mut out = text(lang, msg).to_string();
            for (i, a) in args.iter().enumerate() {
                out = out.replace(&format!("{{{i}}}"), a);
            }
            out
        }

        /// The text of `msg` in `lang`.
        pub fn text(lang: Lang, msg: Msg) -> &'static str {
            match (lang, msg) {
                $((Lang::Sv, Msg::$msg) => $sv, (Lang::En, Msg::$msg) => $en,)*
            }
        }
    };
}

catalogue! {
    Applies => "gäller", "applies";
    MayApply => "kan bli aktuellt", "may apply";
    Historical => "historiskt åtagande", "historical commitment";
    HistoricalMany => "historiska åtaganden", "historical commitments";
    Also => "även", "also";
    DecidedBy => "avgörs av", "decided by";
    Answers => "Svar", "Answers";
    NoAnswers => "inga svar ännu", "no answers yet";
    Assessment => "Bedömning", "Assessment";
    Contacts => "Kontakter", "Contacts";
    Law => "Lagrum", "Law";
    OpenQuestions => "Öppna frågor (avgör fler skyldigheter)", "Open questions (they decide more duties)";
    Source => "Källa", "Source";
    Condition => "Villkor", "Condition";
    Always => "alltid", "always";
    Phone => "Tel", "Phone";
    Email => "E-post", "Email";
    Hours => "Öppettider", "Hours";
    Note => "Not", "Note";
    AsOf => "Uppgift från", "Information as of";
    Undated => "odaterad källa", "undated source";
    YearsOld => "år gammal – kan vara inaktuell", "years old – may be out of date";
    Steps => "Steg", "Steps";
    Track => "spår", "track";
    Duties => "Skyldigheter", "Duties";
    Questions => "Frågor", "Questions";
    Actors => "Aktörer", "Actors";
    Values => "Värden", "Values";
    Sections => "Vägledning", "Guidance";
    Attribution => "Aktör", "Actor";
    Inferred => "tolkad (ej utskriven i källan)", "inferred (not printed in the source)";
    Stated => "angiven i källan", "stated in the source";
    SeedCitesAsOf => "paragrafen enligt lydelsen vid källans datum", "paragraph as numbered at the source's date";
    External => "uppgift utanför källorna", "fact from outside the sources";
    SupportsDuties => "Stöder", "Supports";
    NoHits => "Inga träffar", "No matches";
    Hits => "träffar", "matches";
    ContentOk => "Innehållet är giltigt", "The content is valid";
    Problems => "problem", "problems";
    Sources => "Källor", "Sources";
    Items => "poster", "items";
    Overview => "Översikt", "Overview";
    NotATerminal => "Ingen terminal: navigatorn ritas inte. Använd underkommandona, t.ex. `vagvisare assess --answer barn_i_bilden=ja` eller `vagvisare --help`.", "Not a terminal: the navigator is not drawn. Use the subcommands, e.g. `vagvisare assess --answer barn_i_bilden=ja` or `vagvisare --help`.";
    Emergency => "Akut fara: ring 112", "Acute danger: call 112";
    Local => "lokal", "local";
    Version => "Innehåll", "Content";
    Region => "Region", "Region";
    TargetGroup => "Målgrupp", "Target group";
    Unknown => "vet ej", "don't know";
    ErrorPrefix => "fel", "error";
    DateLabel => "Datum", "Date";
    TuiMain => "Vägvisare", "Navigator";
    TuiSummary => "Sammanfattning", "Summary";
    TuiSearch => "Sök", "Search";
    TuiHelp => "Hjälp", "Help";
    TuiDetail => "Detalj", "Detail";
    TuiEnlarge => "Förstora fönstret: navigatorn behöver minst 40 kolumner och 12 rader. Tryck q för att avsluta.", "Enlarge the window: the navigator needs at least 40 columns and 12 rows. Press q to quit.";
    TuiMyRole => "Min roll", "My role";
    TuiAll => "alla", "all";
    TuiWhy => "Varför", "Why";
    TuiNoCondition => "gäller alltid i detta steg (inget villkor)", "always applies in this step (no condition)";
    TuiNoDuties => "Inga skyldigheter i detta steg med dessa svar.", "No duties in this step with these answers.";
    TuiNotApplying => "gäller inte med dessa svar", "do not apply with these answers";
    TuiCopied => "Kopierat till urklipp", "Copied to the clipboard";
    TuiNoPhone => "Inget telefonnummer att kopiera här", "No phone number to copy here";
    TuiAnswersReset => "Alla svar är nollställda", "All answers cleared";
    TuiNoSuchOption => "Frågan har inget sådant svarsalternativ", "The question has no such option";
    TuiSearchPrompt => "Sök (skriv; Enter öppnar; Esc tillbaka)", "Search (type; Enter opens; Esc back)";
    TuiWhatApplies => "Det här gäller", "What applies";
    TuiStillOpen => "Kan bli aktuellt (fortfarande öppet)", "May apply (still open)";
    TuiNoOpen => "inga öppna frågor", "no open questions";
    TuiHelpIntro => "Tangenterna nedan styr navigatorn. Esc eller ? stänger hjälpen.", "The keys below drive the navigator. Esc or ? closes the help.";
    TuiAnswerHelp => "Svara med siffran (1, 2 …), 0 = vet ej, ←/→ bläddrar mellan svaren.", "Answer with the digit (1, 2 …), 0 = don't know, ←/→ cycle through the answers.";
    TuiEverywhere => "Överallt", "Everywhere";
    KeyHelp => "hjälp", "help";
    KeyQuit => "avsluta", "quit";
    KeyUpDown => "upp/ned", "up/down";
    KeyLeftRight => "vänster/höger (steg, ruta, kolumn)", "left/right (step, pane, column)";
    KeyPage => "en sida upp/ned", "page up/down";
    KeyPane => "nästa/föregående ruta", "next/previous pane";
    KeyOpen => "öppna", "open";
    KeyBack => "tillbaka", "back";
    KeyStep => "föregående/nästa steg", "previous/next step";
    KeySearch => "sök", "search";
    KeyMain => "vägvisaren (huvudvyn)", "the navigator (main view)";
    KeyContacts => "kontakter", "contacts";
    KeyLaw => "lagrum", "law";
    KeyActors => "aktörer × steg", "actors × steps";
    KeySummary => "sammanfattning", "summary";
    KeyRole => "välj min roll", "choose my role";
    KeyReset => "nollställ svaren", "clear all answers";
    KeyCopy => "kopiera telefonnumret", "copy the phone number";
    KeyAnswer => "svara (svarsalternativets nummer)", "answer (the option's number)";
    KeyClear => "vet ej (ta bort svaret)", "don't know (clear the answer)";
    KeyCycleOption => "bläddra mellan svaren", "cycle through the answers";
    KeyGroup => "filtrera målgrupp", "filter by target group";
    KeyRegion => "filtrera region", "filter by region";
    KeyBackspace => "radera ett tecken", "delete a character";
    KeyType => "skriv sökord", "type to search";
    GuideIntro => "Svara med siffran för ditt val och Enter. Bara Enter (eller 0) hoppar över frågan.", "Answer with the number of your choice and Enter. Enter alone (or 0) skips the question.";
    GuideSkip => "hoppa över", "skip";
    GuideChoice => "Ditt val", "Your choice";
    GuideInvalid => "Ogiltigt val: skriv en siffra från listan.", "Not a choice: type a number from the list.";
    ReachOpen => "öppet", "open";
    ReachLikelyOpen => "troligen öppet", "probably open";
    ReachLikelyClosed => "troligen stängt", "probably closed";
    ReachClosed => "stängt", "closed";
    ReachAlternative => "alternativ utanför kontorstid", "out-of-hours alternative";
    ReachUnknown => "tider okända", "hours unknown";
    WhyWeekend => "helg – inte vardag", "weekend – not a weekday";
    WhyHoliday => "helgdag", "public holiday";
    WhyEve => "afton – kontor brukar vara stängda (tolkning)", "eve – offices are usually closed (interpretation)";
    WhyInsideOffice => "vardag inom vanlig kontorstid, tolkad som 08–17; källan anger inga klockslag", "weekday within ordinary office hours, read as 08–17; the source gives no hours";
    WhyOutsideOffice => "vardag utanför vanlig kontorstid, tolkad som 08–17; källan anger inga klockslag", "weekday outside ordinary office hours, read as 08–17; the source gives no hours";
    WhyAroundTheClock => "dygnet runt", "around the clock";
    WhyAlternative => "källan anger den som alternativ när stödtelefonen är stängd", "the source names it for when the support line is closed";
    WhyNoInformation => "källan anger inga tider", "the source gives no hours";
    Interpretation => "tolkning", "interpretation";
    CallOrder => "Ring i denna ordning", "Call in this order";
    At => "Tidpunkt", "Time";
    Timeline => "Tidslinje från upptäckten", "Timeline from discovery";
    Discovery => "Upptäckt", "Discovery";
    Latest => "senast", "at the latest";
    Until => "löper till", "runs until";
    NoDate => "inget datum i källan", "no date in the source";
    Usually => "vanligen", "usually";
    NotADeadline => "inte en tidsfrist", "not a deadline";
    Mon => "måndag", "Monday";
    Tue => "tisdag", "Tuesday";
    Wed => "onsdag", "Wednesday";
    Thu => "torsdag", "Thursday";
    Fri => "fredag", "Friday";
    Sat => "lördag", "Saturday";
    Sun => "söndag", "Sunday";
    Jan => "januari", "January";
    Feb => "februari", "February";
    Mar => "mars", "March";
    Apr => "april", "April";
    May => "maj", "May";
    Jun => "juni", "June";
    Jul => "juli", "July";
    Aug => "augusti", "August";
    Sep => "september", "September";
    Oct => "oktober", "October";
    Nov => "november", "November";
    TrainCase => "Fallet", "The case";
    TrainPartOf => "Del", "Part";
    TrainDecide => "Bestäm innan svaret visas", "Decide before the answer is shown";
    TrainRightAnswer => "Rätt svar", "Right answer";
    TrainGroupChose => "Ert val", "Your choice";
    TrainNotChosen => "inget val gjort", "no choice made";
    TrainDutiesFollow => "Skyldigheter som följer av fallet", "Duties that follow from the case";
    TrainKeyDuty => "★ = nyckelskyldighet som ett bra svar nämner", "★ = key duty a good answer names";
    TrainQuiz => "Vem gör vad?", "Who does what?";
    TrainAskActor => "Vilken aktör har den här skyldigheten?", "Which actor carries this duty?";
    TrainAskStep => "I vilket steg hör den här skyldigheten hemma?", "In which step does this duty belong?";
    TrainAskContact => "Vem kontaktar du för det här?", "Whom do you contact for this?";
    TrainRight => "Rätt!", "Right!";
    TrainWrong => "Fel.", "Wrong.";
    TrainDiscussion => "Att diskutera", "To discuss";
    TrainLearning => "Att ta med sig", "Take-aways";
    TrainScore => "Resultat", "Score";
    TrainRightOf => "rätt av", "right out of";
    TrainKeyContacts => "Kontakter som ett bra svar nämner", "Contacts a good answer names";
    TrainKeys => "PgDn/→/Enter fram (resten av sidan först)   PgUp/← tillbaka   ↑↓ rulla   1–9 välj   q avsluta", "PgDn/→/Enter forward (the rest of the page first)   PgUp/← back   ↑↓ scroll   1–9 choose   q quit";
    TrainScenarios => "Scenarier", "Scenarios";
    TrainParts => "delar", "parts";
    TrainToDecide => "att bestämma", "to decide";
    TrainNoScenarios => "Innehållet har inga scenarier.", "The content has no scenarios.";
    TrainHandout => "Underlag för deltagare", "Handout for participants";
    TrainAnswerKey => "Facit", "Answer key";
    TrainGiven => "Det här vet ni", "What you know";
    TrainWrote => "Skrev", "Wrote";
    TrainChoose => "Välj scenario (nummer, Enter = 1): ", "Choose a scenario (number, Enter = 1): ";
    TrainSeedFacts => "Fakta i fallet kommer från", "The facts of the case come from";
    TrainTargetGroup => "Målgrupp", "Target group";
    TrainQuizFromContent => "Frågorna byggs ur innehållet; varje fråga har exakt ett rätt svar.", "The questions are built from the content; each has exactly one right answer.";
    Dec => "december", "December";
    TuiTimeline => "Tidslinje", "Timeline";
    KeyTimeline => "tidslinje från upptäckten", "timeline from discovery";
    TuiExport => "Exportera bedömning", "Export assessment";
    TuiExportConfirm => "Export: filen finns", "Export: the file exists";
    TuiExportFile => "Filnamn", "File name";
    TuiExportFormat => "Format", "Format";
    TuiExportPrivacy => "Filen får svaren och checklistan – inga fritextfält, inga personuppgifter.", "The file holds the answers and the checklist – no free text, no personal data.";
    TuiExportExists => "Filen finns. Skriv över? (j/n)", "The file exists. Overwrite? (y/n)";
    TuiExportWritten => "Exporterad till", "Exported to";
    TuiExportFailed => "Kunde inte exportera", "Could not export";
    TuiExportNoName => "Skriv ett filnamn först", "Type a file name first";
    KeyExport => "exportera bedömningen till en fil", "export the assessment to a file";
    KeyExportWrite => "skriv filen", "write the file";
    KeyExportCancel => "avbryt exporten", "cancel the export";
    KeyExportFormat => "byt format (Markdown/JSON)", "switch format (Markdown/JSON)";
    KeyExportType => "skriv filnamnet", "type the file name";
    KeyExportOverwrite => "skriv över filen", "overwrite the file";
    KeyExportKeep => "behåll filen, tillbaka till namnet", "keep the file, back to the name";
    KindStep => "steg", "step";
    KindSection => "avsnitt", "section";
    KindDuty => "skyldighet", "duty";
    KindActor => "aktör", "actor";
    KindQuestion => "fråga", "question";
    KindContact => "kontakt", "contact";
    KindLaw => "lagrum", "law";
    ErrUnknownQuestion => "okänd fråga `{0}`; kända frågor: {1}", "unknown question `{0}`; known questions: {1}";
    ErrUnknownValue => "`{0}` är inte ett värde för `{1}`; tillåtna: {2}", "`{0}` is not a value of `{1}`; allowed: {2}";
    ErrMalformedAnswer => "`{0}` har inte formen ID=VÄRDE", "`{0}` is not of the form ID=VALUE";
    ErrUnknownStep => "okänt steg `{0}`; kända: {1}", "unknown step `{0}`; known: {1}";
    ErrUnknownActor => "okänd aktör `{0}`; kända: {1}", "unknown actor `{0}`; known: {1}";
    ErrFileExists => "{0} finns redan och skrevs inte över (använd --force för att ersätta den)", "{0} exists; not overwritten (use --force to replace it)";
    ErrCannotWrite => "kan inte skriva {0}: {1}", "cannot write {0}: {1}";
    ErrNotRegularFile => "{0} är inte en vanlig fil ({1}); inget skrevs", "{0} is not a regular file ({1}); nothing written";
    KindDirectory => "en mapp", "a directory";
    KindFifo => "en namngiven rörledning (FIFO)", "a named pipe (FIFO)";
    KindSocket => "en socket", "a socket";
    KindDevice => "en enhetsfil", "a device file";
    KindOther => "en särskild fil", "a special file";
    ErrStdout => "kan inte skriva till standard ut: {0}", "cannot write to standard output: {0}";
    ErrBadTime => "`{0}` är ingen tidpunkt på formen \"ÅÅÅÅ-MM-DD TT:MM\"", "`{0}` is not a time of the form \"YYYY-MM-DD HH:MM\"";
    ErrBadDate => "`{0}` är inget datum på formen ÅÅÅÅ-MM-DD", "`{0}` is not a date of the form YYYY-MM-DD";
    ErrProblems => "{0}: {1} problem", "{0}: {1} problem(s)";
    ErrOverlayProblems => "lokala kontakter i {0}: {1} problem", "local contacts in {0}: {1} problem(s)";
    ErrManPage => "kan inte skapa manualsidan: {0}", "cannot render the man page: {0}";
    ErrTerminal => "terminalfel: {0}", "terminal error: {0}";
    ErrUnknownScenario => "okänt scenario `{0}`; kända: {1}", "unknown scenario `{0}`; known: {1}";
    PanicInternal => "vagvisare: internt fel – programmet avbröts. Felet ligger i vägvisaren, inte i något du gjorde.", "vagvisare: internal error – the program stopped. The fault is in vagvisare, not in anything you did.";
    PanicWhat => "Fel: {0}", "Error: {0}";
    PanicWhere => "Plats: {0}", "Location: {0}";
    PanicUnknown => "okänt", "unknown";
    PanicNothingSaved => "Terminalen är återställd. Inget sparades: svaren fanns bara i minnet, inga ärendeuppgifter skrevs till disk.", "The terminal has been restored. Nothing was saved: the answers were only in memory, no case data was written to disk.";
    PanicDuringExport => "Terminalen är återställd. Exporten kan ha avbrutits: en halvskriven .tmp…-fil kan ligga kvar i mappen – ta bort den.", "The terminal has been restored. The export may have been cut short: a partial .tmp… file may remain in its folder.";
    PanicReport => "Rapportera felet till vägvisarens utvecklare (ett ärende, issue) med raderna Fel och Plats – utan personuppgifter.", "Report it to the developers of vagvisare (an issue) with the Error and Location lines – without personal data.";
    PanicReportAt => "Rapportera felet som ett ärende (issue) på {0} med raderna Fel och Plats – utan personuppgifter.", "Report it as an issue at {0} with the Error and Location lines – without personal data.";
    // Issue 22: the navigator's dialogs, step pages, clause marks and training flow.
    TuiQuitTitle => "Avsluta?", "Quit?";
    TuiQuitQuestion => "Svaren sparas inte när du avslutar ({0} besvarade). Exportera först (e) om du vill behålla dem.", "The answers are not kept when you quit ({0} answered). Export first (e) to keep them.";
    TuiRoleTitle => "Min roll", "My role";
    TuiRoleFilter => "Filter", "Filter";
    TuiRoleNone => "Inget matchar filtret", "Nothing matches the filter";
    TuiDiscoveryTitle => "Upptäckt", "Discovery";
    TuiDiscoveryPrompt => "När upptäcktes ärendet? Tidsfristerna räknas från det.", "When was the case discovered? The deadlines count from then.";
    TuiDiscoveryForms => "ÅÅÅÅ-MM-DD TT:MM, ÅÅÅÅ-MM-DD, eller bara TT:MM (senaste gången klockan var det: 22:00 efter midnatt är i går kväll).", "YYYY-MM-DD HH:MM, YYYY-MM-DD, or just HH:MM (the last time the clock showed it: 22:00 after midnight is last night).";
    TuiDiscoveryForm => "Skriv en tid på någon av formerna ovan.", "Type a time in one of the forms above.";
    TuiDiscoveryFuture => "Upptäckten kan inte ligga i framtiden.", "The discovery cannot lie in the future.";
    KeyDiscovery => "sätt upptäcktstiden (tidsfristerna räknas från den)", "set the discovery time (deadlines count from it)";
    KeyDiscoverySet => "sätt tiden", "set the time";
    KeyDiscoveryType => "skriv tiden", "type the time";
    KeyQuitNow => "avsluta (svaren försvinner)", "quit (the answers are lost)";
    KeyQuitExport => "exportera först", "export first";
    KeyQuitStay => "stanna kvar", "stay";
    KeyRoleChoose => "välj rollen", "choose the role";
    KeyRoleFilter => "skriv för att filtrera", "type to filter";
    KeyModalCancel => "avbryt", "cancel";
    TuiForThisCase => "för ärendet", "for this case";
    TuiNotForThisCase => "Inte för det här ärendet (villkoret är inte uppfyllt med dessa svar):", "Not for this case (its condition is not met with these answers):";
    TuiRuledOutBy => "gäller bara när", "only when";
    TuiOptions => "Svar (siffran väljer, 0 = vet ej)", "Answers (the digit chooses, 0 = don't know)";
    TuiStepOnlyGuidance => "Det här steget har inga skyldigheter, bara vägledning: den står i rutan Vägledning.", "This step has no duties, only guidance: it is in the Guidance pane.";
    TuiStepNoDuties => "Steget har inga skyldigheter, bara vägledning.", "The step has no duties, only guidance.";
    TuiStepDuties => "Steget har {0} skyldigheter: Enter visar dem.", "The step has {0} duties: Enter shows them.";
    TuiDiscoveryChange => "Tidsfristerna räknas från upptäckten. D ändrar upptäcktstiden (till exempel 22:00 i går kväll).", "The deadlines count from the discovery. D changes the discovery time (for instance 22:00 last night).";
    TrainMore => "mer – PgDn", "more – PgDn";
    TrainAbove => "mer ovanför – PgUp", "more above – PgUp";
    TrainChooseDigit => "Välj med siffran (1, 2 …). Enter eller → visar svaret utan val.", "Choose with the digit (1, 2 …). Enter or → shows the answer with no choice made.";
    TrainAnswerDigit => "Svara med siffran (1, 2 …). Enter eller → hoppar över frågan: den räknas inte.", "Answer with the digit (1, 2 …). Enter or → skips the question: it does not count.";
    TrainQuizResult => "Quiz", "Quiz";
    TrainDecisionResult => "Beslut före svaret", "Decisions before the answer";
    TrainRightOfAnswered => "{0} rätt av {1} besvarade ({2} %)", "{0} right out of {1} answered ({2} %)";
    TrainNoneAnswered => "inga besvarade", "none answered";
    TrainSkipped => "{0} av {1} hoppades över och räknas inte.", "{0} of {1} were skipped and do not count.";
    TrainOpenTitle => "Det här avgör fallet inte", "What the case does not settle";
    TrainOpenIntro => "Fallet svarar inte på de här frågorna. Fler skyldigheter kan bli aktuella beroende på svaret – ta reda på det i ärendet:", "The case does not answer these questions. More duties may apply depending on the answer – find out in the case:";
    TrainOpenDuties => "{0} skyldigheter hänger på svaret ({1})", "{0} duties hang on the answer ({1})";
    TrainOpenDuty => "{0} skyldighet hänger på svaret ({1})", "{0} duty hangs on the answer ({1})";
    TrainKeysShort => "PgDn/→ fram   PgUp/← tillbaka   ↑↓ rulla   1–9 välj   q avsluta", "PgDn/→ forward   PgUp/← back   ↑↓ scroll   1–9 choose   q quit";
    TuiPageMore => "mer – ↓ PgDn", "more – ↓ PgDn";
    ClauseMet => "uppfyllt", "met";
    ClauseNotMet => "inte uppfyllt", "not met";
    ClauseUnknown => "obesvarat", "unanswered";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages() {
        for &m in Msg::ALL {
            assert!(!text(Lang::Sv, m).is_empty(), "{m:?} sv");
            assert!(!text(Lang::En, m).is_empty(), "{m:?} en");
        }
    }

    #[test]
    fn locale_selects_language() {
        assert_eq!(Lang::from_locale(Some("en_US.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(Some("sv_SE.UTF-8")), Lang::Sv);
        assert_eq!(Lang::from_locale(Some("C")), Lang::Sv);
        assert_eq!(Lang::from_locale(None), Lang::Sv);
    }
}
