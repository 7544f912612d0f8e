//! In-process benchmarks against the budgets of issue 10 (see BENCHMARKS.md):
//!
//! * `content/embedded` — access to the embedded content (generated statics: nothing to decode);
//! * `content/load_files/{1,5,10,20}x` — parse + validate TOML read into memory (the `--content DIR`
//!   path), on the shipped content and on synthetic content 5×, 10×, 20× its size;
//! * `assess/{none,all}/{1x,20x}` — assess with no answers and with every question answered;
//! * `plan/{none,scenario,all}/{1x,20x}` — the action plan with no answers, with the three answers of
//!   the Saturday-night scenario (acute danger, a child, protected housing) and with every question
//!   answered; `plan/relevance_none/…` — only the questions that still decide something;
//! * `search/<query>/{1x,20x}` — one query over all content, ranked, the best 200 with their snippets
//!   (what the navigator shows; the index is built once, as the navigator does), and
//!   `search/index_build/{1x,20x}` — building that index (on the navigator's first search);
//! * `source/{outline,text}/{1x,20x}` — `vagvisare source` on the largest seed (Stockholms stads program):
//!   the document rebuilt in its order, and that outline said as text with one duty highlighted;
//! * `tui/{frame,key_down,key_answer}_120x40/{1x,20x}` — one frame of the start screen (the action
//!   plan) into a ratatui `TestBackend`, and a key press (update + redraw: a row down, an answer from
//!   the plan's questions, which rebuilds the plan), on the shipped and the 20× content;
//!   `tui/frame_main_120x40` the main view's frame, `tui/app_new` the start-up's state (assessment and
//!   plan) before the first frame.
//!
//! The synthetic content is made here: the shipped TOML with steps, duties, contacts and guidance cloned
//! under suffixed ids (each copy's contacts in another of Sweden's 21 regions), parsed at run time.
//!
//! `cargo bench --bench engine` runs everything in about two minutes.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toml::{Table, Value};
use vagvisare::content::{SourceFile, load_files, read_dir};
use vagvisare::engine::calendar::LocalTime;
use vagvisare::engine::{
    Answers, PlanOptions, Scope, SearchIndex, assess, plan, relevant_questions, source,
};
use vagvisare::i18n::Lang;
use vagvisare::model::{Content, Date};
use vagvisare::report::source::text_view;
use vagvisare::report::{Style, View};
use vagvisare::tui::action::Action;
use vagvisare::tui::app::App;
use vagvisare::tui::theme::ThemeKind;
use vagvisare::tui::{update, views};

const REGIONS: [&str; 21] = [
    "Stockholms län",
    "Uppsala län",
    "Södermanlands län",
    "Östergötlands län",
    "Jönköpings län",
    "Kronobergs län",
    "Kalmar län",
    "Gotlands län",
    "Blekinge län",
    "Skåne län",
    "Hallands län",
    "Västra Götalands län",
    "Värmlands län",
    "Örebro län",
    "Västmanlands län",
    "Dalarnas län",
    "Gävleborgs län",
    "Västernorrlands län",
    "Jämtlands län",
    "Västerbottens län",
    "Norrbottens län",
];

/// Queries as professionals type them: plain words, several words, a number, the word in nearly every
/// text, an abbreviation, a typo, an inflection, a contact's role and group, a prefix being typed.
const QUERIES: [&str; 9] = [
    "polis",
    "barn skyddat boende",
    "020-39 00 00",
    "människohandel",
    "TUT",
    "kontaktfobud",
    "orosanmälningar",
    "regionkoordinator barn",
    "åt",
];

/// How many hits the navigator keeps (src/tui/update.rs).
const PAGE_OF_HITS: usize = 200;

/// The shipped content files, read into memory.
fn shipped() -> Vec<SourceFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    read_dir(&dir, "content").unwrap_or_else(|e| panic!("content/: {e}"))
}

fn suffix_str(v: &mut Value, suffix: &str) {
    if let Value::String(s) = v {
        s.push_str(suffix);
    }
}

/// The shipped files plus `times - 1` copies of every step, duty and contact under suffixed ids;
/// duties of a copy point at the copy's steps and contacts; each copy's contacts are in another region.
fn synthetic(files: &[SourceFile], times: usize) -> Vec<SourceFile> {
    let mut out = files.to_vec();
    for k in 1..times {
        let suffix = format!("_x{k}");
        for f in files {
            let Ok(table) = f.text.parse::<Table>() else {
                continue;
            };
            let mut copy = Table::new();
            for kind in ["step", "duty", "contact", "guidance"] {
                let Some(Value::Array(items)) = table.get(kind) else {
                    continue;
                };
                let mut items = items.clone();
                for item in &mut items {
                    let Value::Table(t) = item else { continue };
                    if let Some(id) = t.get_mut("id") {
                        suffix_str(id, &suffix);
                    }
                    match kind {
                        "step" => {
                            if let Some(Value::Integer(o)) = t.get_mut("order") {
                                *o += i64::try_from(k).unwrap_or(0) * 100_000;
                            }
                        }
                        "duty" => {
                            if let Some(s) = t.get_mut("step") {
                                suffix_str(s, &suffix);
                            }
                            if let Some(Value::Array(cs)) = t.get_mut("contacts") {
                                cs.iter_mut().for_each(|c| suffix_str(c, &suffix));
                            }
                        }
                        "guidance" => {
                            if let Some(s) = t.get_mut("step") {
                                suffix_str(s, &suffix);
                            }
                            if let Some(Value::Array(ds)) = t.get_mut("duties") {
                                ds.iter_mut().for_each(|d| suffix_str(d, &suffix));
                            }
                        }
                        _ => {
                            t.insert(
                                "region".into(),
                                Value::String(REGIONS[k % REGIONS.len()].into()),
                            );
                        }
                    }
                }
                copy.insert(kind.into(), Value::Array(items));
            }
            if copy.is_empty() {
                continue;
            }
            let text = toml::to_string(&copy).unwrap_or_else(|e| panic!("serialise: {e}"));
            out.push(SourceFile {
                name: format!("{}{suffix}", f.name),
                text,
            });
        }
    }
    out
}

fn load(files: &[SourceFile]) -> Content {
    load_files(files.to_vec()).unwrap_or_else(|e| panic!("synthetic content invalid:\n{e}"))
}

fn all_answered(c: &Content) -> Answers {
    let mut a = Answers::new(c);
    for q in 0..c.questions.len() {
        a.set(q, Some(0));
    }
    a
}

fn bytes(files: &[SourceFile]) -> usize {
    files.iter().map(|f| f.text.len()).sum()
}

fn content_benches(cr: &mut Criterion) {
    let files = shipped();
    let mut g = cr.benchmark_group("content");
    g.bench_function("embedded", |b| {
        b.iter(|| black_box(vagvisare::embedded::content()).duties.len())
    });
    g.sample_size(20);
    g.measurement_time(Duration::from_secs(4));
    for times in [1usize, 5, 10, 20] {
        let set = synthetic(&files, times);
        let c = load(&set);
        eprintln!(
            "content {times}x: {} KB TOML in {} files, {} steps, {} duties, {} contacts",
            bytes(&set) / 1024,
            set.len(),
            c.steps.len(),
            c.duties.len(),
            c.contacts.len()
        );
        g.bench_with_input(
            BenchmarkId::new("load_files", format!("{times}x")),
            &set,
            |b, set| b.iter_batched(|| set.clone(), load_files, criterion::BatchSize::LargeInput),
        );
    }
    g.finish();
}

fn engine_benches(cr: &mut Criterion) {
    let files = shipped();
    let big = load(&synthetic(&files, 20));
    let contents: [(&str, &Content); 2] = [("1x", vagvisare::embedded::content()), ("20x", &big)];

    let mut g = cr.benchmark_group("assess");
    for (label, c) in contents {
        let none = Answers::new(c);
        let all = all_answered(c);
        g.bench_function(BenchmarkId::new("none", label), |b| {
            b.iter(|| assess(c, black_box(&none), Scope::default()))
        });
        g.bench_function(BenchmarkId::new("all", label), |b| {
            b.iter(|| assess(c, black_box(&all), Scope::default()))
        });
    }
    g.finish();

    let saturday = LocalTime::parse("2026-11-28 22:00").unwrap_or_else(|| panic!("time"));
    let options = PlanOptions {
        discovery: saturday,
        clock: true,
        at: saturday,
        role: None,
        tracks: false,
    };
    let mut g = cr.benchmark_group("plan");
    for (label, c) in contents {
        let none = Answers::new(c);
        let scenario = Answers::parse(c, &["akut_fara=ja", "barn_utsatt=ja", "skyddat_boende=ja"])
            .unwrap_or_else(|e| panic!("{e}"));
        let all = all_answered(c);
        for (name, answers) in [("none", &none), ("scenario", &scenario), ("all", &all)] {
            g.bench_function(BenchmarkId::new(name, label), |b| {
                b.iter(|| plan(c, black_box(answers), options))
            });
        }
        g.bench_function(BenchmarkId::new("relevance_none", label), |b| {
            b.iter(|| relevant_questions(c, black_box(&none), false))
        });
    }
    g.finish();

    let mut g = cr.benchmark_group("search");
    for (label, c) in contents {
        let index = SearchIndex::new(c);
        for q in QUERIES {
            g.bench_function(BenchmarkId::new(q, label), |b| {
                b.iter(|| index.search_top(black_box(q), PAGE_OF_HITS))
            });
        }
        g.bench_function(BenchmarkId::new("index_build", label), |b| {
            b.iter(|| SearchIndex::new(black_box(c)))
        });
    }
    g.finish();

    let mut g = cr.benchmark_group("source");
    for (label, c) in contents {
        let doc = c.sources.iter().position(|s| s.id == "s004").unwrap_or(0);
        let Some(target) = source::find(c, "p05_gatuprostitution_kunskap")
            .first()
            .and_then(|&f| source::target(c, f))
        else {
            continue;
        };
        let view = View {
            lang: Lang::Sv,
            style: Style { on: false },
            today: Date {
                year: 2026,
                month: 11,
                day: 25,
            },
        };
        g.bench_function(BenchmarkId::new("outline", label), |b| {
            b.iter(|| source::outline(c, black_box(doc)))
        });
        g.bench_function(BenchmarkId::new("text", label), |b| {
            b.iter(|| text_view(&view, c, black_box(&target), &[]))
        });
    }
    g.finish();
}

fn tui_benches(cr: &mut Criterion) {
    let big = load(&synthetic(&shipped(), 20));
    let contents: [(&str, &Content); 2] = [("1x", vagvisare::embedded::content()), ("20x", &big)];
    let today = Date {
        year: 2026,
        month: 11,
        day: 25,
    };
    let new_app = |c| {
        let mut app = App::new(c, Lang::Sv, ThemeKind::Default, None, today);
        update::update(&mut app, Action::Resize(120, 40));
        app
    };
    let terminal = || Terminal::new(TestBackend::new(120, 40)).unwrap_or_else(|e| panic!("{e}"));

    let mut g = cr.benchmark_group("tui");
    for (label, c) in contents {
        let app = new_app(c);
        let mut t = terminal();
        g.bench_function(BenchmarkId::new("frame_120x40", label), |b| {
            b.iter(|| {
                // A full frame each time: clear the previous buffer so nothing is skipped as unchanged.
                let _ = t.clear();
                t.draw(|f| views::render(&app, f)).map(|_| ())
            })
        });

        // The main view, as the first frame was before the plan became the start view.
        let mut main = new_app(c);
        main.view = vagvisare::tui::app::View::Main;
        g.bench_function(BenchmarkId::new("frame_main_120x40", label), |b| {
            b.iter(|| {
                let _ = t.clear();
                t.draw(|f| views::render(&main, f)).map(|_| ())
            })
        });

        // The start-up's work before the first frame: the app with its assessment and plan.
        g.bench_function(BenchmarkId::new("app_new", label), |b| {
            b.iter(|| App::new(c, Lang::Sv, ThemeKind::Default, None, today))
        });

        let mut app = new_app(c);
        let mut down = true;
        g.bench_function(BenchmarkId::new("key_down_120x40", label), |b| {
            b.iter(|| {
                update::update(&mut app, if down { Action::Down } else { Action::Up });
                down = !down;
                t.draw(|f| views::render(&app, f)).map(|_| ())
            })
        });

        // Answering a question from the plan screen re-assesses every duty and rebuilds the plan
        // before the redraw.
        let mut app = new_app(c);
        app.plan.pane = vagvisare::tui::state::plan::PlanPane::Questions;
        let mut yes = true;
        g.bench_function(BenchmarkId::new("key_answer_120x40", label), |b| {
            b.iter(|| {
                update::update(&mut app, Action::Answer(if yes { 1 } else { 2 }));
                yes = !yes;
                t.draw(|f| views::render(&app, f)).map(|_| ())
            })
        });
    }
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = content_benches, engine_benches, tui_benches
}
criterion_main!(benches);
