//! The shell above every face: the command line's arguments ([`args`], [`help`]), the content to work
//! on (embedded, `--content DIR`, the local overlay), and the dispatch of one subcommand to the face
//! that answers it — `cli` for documents, `tui` for the navigator and the plain guide, `train` for
//! training. User-given ids, answers and times are resolved here ([`resolve`]), once, so a face never
//! parses an argument.

pub mod args;
mod globals;
pub mod help;
mod lazy;
pub mod resolve;
pub mod utf8;

use std::borrow::Cow;
use std::io::Write;

pub use args::*;

use crate::cli::{self, Ctx, ToFile};
use crate::engine::{self, Scope};
use crate::error::Error;
use crate::i18n::{Lang, Msg, fill};
use crate::model::Content;
use crate::report::{Style, View};

/// Program and content version, for `--version`.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("VAGVISARE_CONTENT_VERSION"),
    ")"
);

/// The content to work on, in the user's language.
pub struct Loaded {
    /// What the faces render: the Swedish content, or under `--lang en` its English translation.
    pub content: Cow<'static, Content>,
    /// The authoritative Swedish beside a translation (for JSON `*_sv` fields, search, the navigator);
    /// `None` when `content` is the Swedish.
    pub swedish: Option<Cow<'static, Content>>,
}

/// The content to work on: embedded (borrowed, free) or loaded from `--content DIR` (in English with
/// its translation `DIR/en`, which must be complete), plus the local overlay's contacts, which are
/// copied into a translation as printed and stay marked local.
pub fn load(cli: &Cli) -> Result<Loaded, Error> {
    let Loaded { content, swedish } = load_base(cli)?;
    let Some(dir) = overlay_dir(cli) else {
        return Ok(Loaded { content, swedish });
    };
    let shown = dir.display().to_string();
    let overlay = |base: &Content| {
        crate::content::read_dir(&dir, &shown)
            .and_then(|files| crate::content::overlay::apply(base, &files))
            .map(Cow::Owned)
            .map_err(|d| Error::Content {
                diagnostics: d.to_string(),
                summary: fill(
                    cli.language(),
                    Msg::ErrOverlayProblems,
                    &[&shown, &d.0.len().to_string()],
                ),
            })
    };
    // The Swedish first: an overlay's problems are the same in both and reported once.
    let swedish = swedish.map(|sv| overlay(&sv)).transpose()?;
    Ok(Loaded {
        content: overlay(&content)?,
        swedish,
    })
}

/// The overlay folder: `--overlay DIR`, else the config folder (`~/.config/vagvisare` on Linux) when it
/// exists, unless `--no-overlay`. Only read, never created.
pub fn overlay_dir(cli: &Cli) -> Option<std::path::PathBuf> {
    use etcetera::BaseStrategy;
    if cli.globals.no_overlay {
        return None;
    }
    if let Some(dir) = &cli.globals.overlay {
        return Some(dir.clone());
    }
    let dir = etcetera::choose_base_strategy()
        .ok()?
        .config_dir()
        .join("vagvisare");
    dir.is_dir().then_some(dir)
}

fn load_base(cli: &Cli) -> Result<Loaded, Error> {
    let lang = cli.language();
    let english = lang == Lang::En;
    let Some(dir) = &cli.globals.content else {
        return Ok(Loaded {
            content: Cow::Borrowed(crate::embedded::content_in(lang)),
            swedish: english.then(|| Cow::Borrowed(crate::embedded::content())),
        });
    };
    let problems = |d: crate::content::Diagnostics| Error::Content {
        diagnostics: d.to_string(),
        summary: fill(
            lang,
            Msg::ErrProblems,
            &[&dir.display().to_string(), &d.0.len().to_string()],
        ),
    };
    // `validate` checks a translation that is there even in Swedish.
    let check = matches!(cli.command, Some(Command::Validate(_)))
        && dir.join(crate::content::ENGLISH).is_dir();
    if english || check {
        let (sv, en) = crate::content::load_dir_translated(dir).map_err(problems)?;
        return Ok(if english {
            Loaded {
                content: Cow::Owned(en),
                swedish: Some(Cow::Owned(sv)),
            }
        } else {
            Loaded {
                content: Cow::Owned(sv),
                swedish: None,
            }
        });
    }
    crate::content::load_dir(dir)
        .map(|c| Loaded {
            content: Cow::Owned(c),
            swedish: None,
        })
        .map_err(problems)
}

/// Whether a parsed command line opens the full-screen navigator (when stdout is a terminal): a bare
/// `vagvisare` or `vagvisare guide`, unless `ACCESSIBLE` asks for the line-by-line guide.
pub fn wants_navigator(cli: &Cli) -> bool {
    matches!(
        cli.command,
        None | Some(Command::Guide(Lazy(GuideArgs { plain: false, .. })))
    ) && !resolve::accessible()
}

/// The line-by-line guide on stdin/stdout (`guide --plain`, `ACCESSIBLE=1`, no terminal): asks the
/// questions that still decide something, then prints the plan.
/// `given` answers are already known and `from` is the discovery (`guide --answer … --from …`).
fn plain_guide(
    cx: &Ctx,
    out: &mut dyn Write,
    given: &[String],
    from: Option<&str>,
    role: Option<usize>,
) -> Result<(), Error> {
    let lang = cx.view.lang;
    let answers = resolve::answers(lang, cx.content, given)?;
    let (now, _) = resolve::discovery(lang, from)?;
    let shown = crate::tui::plain::guide(
        &cx.view,
        cx.content,
        now,
        answers,
        role,
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
    )
    .map_err(|e| Error::Terminal(fill(lang, Msg::ErrTerminal, &[&e.to_string()])))?;
    cli::print(lang, out, &shown)
}

/// Runs the parsed command line: the navigator on a terminal when asked for, otherwise the subcommand,
/// writing what it prints to `out` (stdout, buffered, in the program).
pub fn run(cli: &Cli, out: &mut dyn Write) -> Result<(), Error> {
    let lang = cli.language();
    let mut loaded = load(cli)?;
    if let Some(months) = cli.globals.max_age_months {
        // Only when asked: the embedded content is copied to change one setting.
        loaded.content.to_mut().meta.max_age_months = months;
        if let Some(sv) = loaded.swedish.as_mut() {
            sv.to_mut().meta.max_age_months = months;
        }
    }
    let c: &Content = &loaded.content;
    let swedish: Option<&Content> = loaded.swedish.as_deref();
    let role_after = match &cli.command {
        Some(Command::Assess(Lazy(a))) => a.role.as_deref(),
        Some(Command::Guide(Lazy(g))) => g.role.as_deref(),
        _ => None,
    };
    let role = resolve::role(lang, c, cli.role.as_deref(), role_after)?;
    if wants_navigator(cli) && resolve::stdout_is_terminal() {
        // `guide --answer … --from …`: the navigator opens on a case already begun.
        let (given, from) = match &cli.command {
            Some(Command::Guide(Lazy(g))) => (&g.answers[..], g.from.as_deref()),
            _ => (&[][..], None),
        };
        let answers = resolve::answers(lang, c, given)?;
        let discovery = from
            .map(|f| resolve::discovery(lang, Some(f)).map(|d| d.0))
            .transpose()?;
        let options = crate::tui::Options {
            lang,
            role,
            theme: crate::tui::theme::ThemeKind::resolve(cli.theme),
            mouse: cli.mouse,
            discovery,
        };
        return crate::tui::run(c, swedish, answers, options);
    }
    let today = resolve::time(lang, None)?.date;
    let cx = Ctx {
        content: c,
        swedish,
        view: View {
            lang,
            style: Style::detect(),
            today,
        },
        verbose: false,
    };
    let Some(command) = &cli.command else {
        if resolve::accessible() {
            return plain_guide(&cx, out, &[], None, role);
        }
        return cli::overview(&cx, out);
    };
    match command {
        Command::Assess(Lazy(a)) => {
            let at = resolve::time(lang, a.at.as_deref())?;
            // The consultation's day: the age of information and the discovery day of the timeline.
            let cx = Ctx {
                view: View {
                    today: at.date,
                    ..cx.view
                },
                verbose: a.verbose,
                ..cx
            };
            let answers = resolve::answers(lang, c, &a.answers)?;
            let scope = Scope {
                step: a
                    .step
                    .as_deref()
                    .map(|s| resolve::step(lang, c, s))
                    .transpose()?,
                // The role given anywhere (`--role X assess` or `assess --role X`).
                role,
            };
            let assessment = engine::assess(c, &answers, scope);
            let to_file = a.output.as_deref().map(|path| ToFile {
                path,
                force: a.force,
            });
            cli::assess(
                &cx,
                out,
                &answers,
                &assessment,
                a.format.into(),
                at,
                to_file,
            )
        }
        Command::Plan(Lazy(a)) => {
            let (discovery, clock) = resolve::discovery(lang, a.from.as_deref())?;
            let at = match (a.at.as_deref(), a.from.is_some() && clock) {
                (Some(t), _) => resolve::time(lang, Some(t))?,
                (None, true) => discovery,
                (None, false) => resolve::time(lang, None)?,
            };
            let cx = Ctx {
                view: View {
                    today: at.date,
                    ..cx.view
                },
                ..cx
            };
            let answers = resolve::answers(lang, c, &a.answers)?;
            let role = a
                .role
                .as_deref()
                .map(|r| resolve::actor(lang, c, r))
                .transpose()?
                .or(role);
            let options = engine::PlanOptions {
                discovery,
                clock,
                at,
                role,
                tracks: a.tracks,
            };
            let p = engine::plan(c, &answers, options);
            let to_file = a.output.as_deref().map(|path| ToFile {
                path,
                force: a.force,
            });
            cli::plan(&cx, out, &answers, &p, a.format.map(Into::into), to_file)
        }
        Command::Questions(Lazy(a)) => cli::questions(&cx, out, a.format.into()),
        Command::Steps(Lazy(a)) => cli::steps(&cx, out, a.format.into()),
        Command::Show(Lazy(a)) => {
            let step = resolve::step(lang, c, &a.step)?;
            let cx = Ctx {
                verbose: a.verbose,
                ..cx
            };
            cli::show(&cx, out, step, a.format.into())
        }
        Command::Actors(Lazy(a)) => cli::actors(&cx, out, a.format.into()),
        Command::Contacts(Lazy(a)) if a.now || a.at.is_some() => {
            let at = resolve::time(lang, a.at.as_deref())?;
            let cx = Ctx {
                view: View {
                    today: at.date,
                    ..cx.view
                },
                ..cx
            };
            cli::contacts_at(&cx, out, at, a.format.into())
        }
        Command::Contacts(Lazy(a)) => cli::contacts(&cx, out, a.format.into()),
        Command::Timeline(Lazy(a)) => {
            let from = resolve::date(lang, a.from.as_deref())?;
            let answers = resolve::answers(lang, c, &a.answers)?;
            let cx = Ctx {
                verbose: a.verbose,
                ..cx
            };
            cli::timeline(&cx, out, &answers, from, a.format.into())
        }
        Command::Law(Lazy(a)) => cli::law(&cx, out, a.format.into()),
        Command::Search(Lazy(a)) => {
            cli::search(&cx, out, &a.query.join(" "), a.limit, a.format.into())
        }
        Command::Terms(Lazy(a)) => cli::terms(&cx, out, a.format.into()),
        Command::Sources(Lazy(a)) => cli::sources(&cx, out, a.format.into()),
        Command::Source(Lazy(a)) => {
            let (target, also) = resolve::source_target(lang, c, &a.id)?;
            cli::source(&cx, out, &target, &also, a.format.into())
        }
        Command::Validate(_) => cli::validate(&cx, out),
        Command::Completions(Lazy(a)) => {
            let mut buf = Vec::new();
            clap_complete::generate(a.shell, &mut help::command(lang), "vagvisare", &mut buf);
            cli::print(lang, out, &String::from_utf8_lossy(&buf))
        }
        Command::Man(_) => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(help::command(lang))
                .render(&mut buf)
                .map_err(|e| cli::render_failure(lang, &e))?;
            cli::print(lang, out, &String::from_utf8_lossy(&buf))
        }
        Command::Guide(Lazy(g)) => plain_guide(&cx, out, &g.answers, g.from.as_deref(), role),
        Command::Scenarios(Lazy(a)) if a.format == Format::Json => {
            cli::print(lang, out, &crate::train::scenarios_json(c, swedish))
        }
        Command::Scenarios(_) => cli::document(lang, out, crate::train::scenarios(c, lang)),
        Command::Train(Lazy(a)) => {
            let request = crate::train::TrainArgs {
                scenario: a
                    .scenario
                    .as_deref()
                    .map(|s| resolve::scenario(lang, c, s))
                    .transpose()?,
                handout: a.handout.as_deref(),
                key: a.key.as_deref(),
                force: a.force,
                handout_mode: a
                    .mode
                    .as_deref()
                    .map_or(Ok(crate::output::file::PRIVATE), |m| {
                        resolve::file_mode(lang, m)
                    })?,
                terminal: resolve::stdout_is_terminal(),
            };
            let shown = crate::train::train(c, lang, request)?;
            cli::print(lang, out, &shown)
        }
    }
}
