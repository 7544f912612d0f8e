//! Robustness: the condition parser and the content loader end every input in `Ok` or a clean error
//! with a position — no panic, no hang — and compiled conditions follow Kleene logic.
//!
//! Fast by default (proptest's 256 cases per property). The case count comes from `PROPTEST_CASES`,
//! so the long run reported in BENCHMARKS.md is
//! `PROPTEST_CASES=100000 cargo test --release --test robustness`.
//! A hang shows as a run that does not finish; there are no timed assertions here.

use std::borrow::Cow;
use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::Config;
use vagvisare::content::condition::{MAX_DEPTH, MAX_LEN, QuestionInfo, parse};
use vagvisare::content::{Diagnostics, SourceFile, load_files, read_dir};
use vagvisare::model::{Condition, Op, Tri};

// ---------------------------------------------------------------------------------------------
// Condition parser
// ---------------------------------------------------------------------------------------------

/// Option values of the test questions; `many` has 33 options, one more than a mask holds.
fn values() -> Vec<Vec<String>> {
    vec![
        vec!["ja".into(), "nej".into()],
        vec!["polis".into(), "aklagare".into(), "ingen".into()],
        vec!["under_18".into(), "over_18".into()],
        (0..33).map(|i| format!("v{i}")).collect(),
    ]
}
const IDS: [&str; 4] = ["barn", "fu", "alder", "many"];

fn questions(values: &[Vec<String>]) -> Vec<QuestionInfo<'_>> {
    IDS.iter()
        .zip(values)
        .map(|(id, v)| QuestionInfo {
            id,
            values: v.iter().map(String::as_str).collect(),
        })
        .collect()
}

fn condition(ops: Vec<Op>) -> Condition {
    Condition {
        source: Cow::Borrowed(""),
        ops: Cow::Owned(ops),
    }
}

/// Parses and checks the error contract: an offset inside the input, on a character boundary.
fn parse_checked(src: &str) -> Result<Result<Vec<Op>, String>, TestCaseError> {
    let v = values();
    match parse(src, &questions(&v)) {
        Ok(ops) => Ok(Ok(ops)),
        Err(e) => {
            prop_assert!(
                e.offset <= src.len(),
                "offset {} past the end ({}) of {src:?}: {}",
                e.offset,
                src.len(),
                e.message
            );
            prop_assert!(
                src.is_char_boundary(e.offset),
                "offset {} inside a character of {src:?}",
                e.offset
            );
            prop_assert!(!e.message.is_empty());
            Ok(Err(e.message))
        }
    }
}

/// A condition as a tree, rendered to source text and evaluated as a reference.
#[derive(Debug, Clone)]
enum Ast {
    /// `question in [values]` (or `==` / `!=` for one value): question index, option indices, negate.
    Test(usize, Vec<usize>, bool),
    Not(Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
}

const OPTION_COUNTS: [usize; 4] = [2, 3, 2, 33];

impl Ast {
    /// Source text; binary operands are parenthesised, so precedence never matters.
    fn render(&self, out: &mut String, spaced: bool) {
        let sp = if spaced { " " } else { "" };
        match self {
            Ast::Test(q, vals, negate) => {
                let v = values();
                out.push_str(IDS[*q]);
                if vals.len() == 1 {
                    out.push_str(sp);
                    out.push_str(if *negate { "!=" } else { "==" });
                    out.push_str(sp);
                    out.push_str(&v[*q][vals[0]]);
                } else {
                    out.push_str(" in [");
                    let names: Vec<&str> = vals.iter().map(|&i| v[*q][i].as_str()).collect();
                    out.push_str(&names.join(&format!(",{sp}")));
                    out.push(']');
                }
            }
            Ast::Not(a) => {
                out.push('!');
                out.push_str(sp);
                a.render_operand(out, spaced);
            }
            Ast::And(a, b) | Ast::Or(a, b) => {
                a.render_operand(out, spaced);
                out.push_str(if matches!(self, Ast::And(..)) {
                    " && "
                } else {
                    " || "
                });
                b.render_operand(out, spaced);
            }
        }
    }

    fn render_operand(&self, out: &mut String, spaced: bool) {
        if matches!(self, Ast::And(..) | Ast::Or(..)) {
            out.push('(');
            self.render(out, spaced);
            out.push(')');
        } else {
            self.render(out, spaced);
        }
    }

    /// Nesting as the parser counts it: every `!` and `(` is one level.
    fn depth(&self) -> usize {
        match self {
            Ast::Test(..) => 0,
            Ast::Not(a) => 1 + a.operand_depth(),
            Ast::And(a, b) | Ast::Or(a, b) => a.operand_depth().max(b.operand_depth()),
        }
    }

    fn operand_depth(&self) -> usize {
        match self {
            Ast::And(..) | Ast::Or(..) => 1 + self.depth(),
            _ => self.depth(),
        }
    }

    /// Reference Kleene evaluation; options past the 32 a mask holds never parse, so never get here.
    fn eval(&self, answers: &[Option<u8>]) -> Tri {
        match self {
            Ast::Test(q, vals, negate) => {
                let t = match answers.get(*q).copied().flatten() {
                    None => Tri::Unknown,
                    Some(a) if vals.contains(&usize::from(a)) => Tri::True,
                    Some(_) => Tri::False,
                };
                if *negate { !t } else { t }
            }
            Ast::Not(a) => !a.eval(answers),
            Ast::And(a, b) => a.eval(answers).and(b.eval(answers)),
            Ast::Or(a, b) => a.eval(answers).or(b.eval(answers)),
        }
    }

    fn source(&self) -> String {
        let mut s = String::new();
        self.render(&mut s, true);
        s
    }
}

fn test_strategy() -> impl Strategy<Value = Ast> {
    // Question 3 ("many") only with its first 32 options, which a mask can hold.
    (0usize..4, any::<bool>())
        .prop_flat_map(|(q, negate)| {
            let n = OPTION_COUNTS[q].min(32);
            (
                Just(q),
                prop::collection::btree_set(0..n, 1..=n.min(4)),
                Just(negate),
            )
        })
        .prop_map(|(q, vals, negate)| {
            let vals: Vec<usize> = vals.into_iter().collect();
            let negate = negate && vals.len() == 1;
            Ast::Test(q, vals, negate)
        })
}

fn ast_strategy() -> impl Strategy<Value = Ast> {
    let bushy = test_strategy().prop_recursive(8, 64, 2, |inner| {
        prop_oneof![
            inner.clone().prop_map(|a| Ast::Not(Box::new(a))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Ast::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner).prop_map(|(a, b)| Ast::Or(Box::new(a), Box::new(b))),
        ]
    });
    // Then wrapped in a spine of 0..40 levels, so nesting reaches past MAX_DEPTH.
    let wrapper = prop_oneof![
        Just(None),
        test_strategy().prop_map(|t| Some((t, true))),
        test_strategy().prop_map(|t| Some((t, false))),
    ];
    (
        bushy,
        prop::collection::vec((wrapper, any::<bool>()), 0..40),
    )
        .prop_map(|(core, spine)| {
            spine.into_iter().fold(core, |acc, (w, left)| match w {
                None => Ast::Not(Box::new(acc)),
                Some((t, and)) => {
                    let (a, b) = if left { (t, acc) } else { (acc, t) };
                    if and {
                        Ast::And(Box::new(a), Box::new(b))
                    } else {
                        Ast::Or(Box::new(a), Box::new(b))
                    }
                }
            })
        })
}

/// Answers for the four test questions, each unanswered or one of its options.
fn answers_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    OPTION_COUNTS
        .iter()
        .map(|&n| proptest::option::of(0..u8::try_from(n.min(32)).unwrap_or(32)).boxed())
        .collect::<Vec<_>>()
}

/// The grammar's tokens, valid and invalid, for token soup.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "barn",
            "fu",
            "alder",
            "many",
            "ja",
            "nej",
            "polis",
            "v31",
            "v32",
            "in",
            "==",
            "!=",
            "&&",
            "||",
            "!",
            "(",
            ")",
            "[",
            "]",
            ",",
            "=",
            "&",
            "|",
            " ",
            "\t",
            "\n",
            "B",
            "ä",
            "\u{1F600}",
            "\"",
            "-",
            "x_1",
        ])
        .prop_map(str::to_string),
        "[a-z0-9_]{1,12}",
    ]
}

/// Every refinement of `answers` (each unanswered question left open or given any of its options).
fn refinements(answers: &[Option<u8>]) -> Vec<Vec<Option<u8>>> {
    let mut out = vec![answers.to_vec()];
    for (q, a) in answers.iter().enumerate() {
        if a.is_some() {
            continue;
        }
        let n = OPTION_COUNTS[q].min(32);
        // Options of the big question are sampled, or the product explodes.
        let opts: Vec<u8> = if n > 4 {
            vec![0, 1, 31]
        } else {
            (0..n).filter_map(|o| u8::try_from(o).ok()).collect()
        };
        let mut next = Vec::new();
        for r in &out {
            next.push(r.clone());
            for &o in &opts {
                let mut r2 = r.clone();
                r2[q] = Some(o);
                next.push(r2);
            }
        }
        out = next;
    }
    out
}

proptest! {
    #![proptest_config(Config::default())]

    #[test]
    fn parser_arbitrary_strings(src in any::<String>()) {
        let _ = parse_checked(&src)?;
    }

    #[test]
    fn parser_ascii_soup(src in "[a-z0-9_()\\[\\],!=&| \t\n]{0,300}") {
        let _ = parse_checked(&src)?;
    }

    #[test]
    fn parser_token_soup(tokens in prop::collection::vec(token(), 0..200), spaced in any::<bool>()) {
        let src = tokens.join(if spaced { " " } else { "" });
        let _ = parse_checked(&src)?;
    }

    #[test]
    fn parser_deep_nesting(open in 0usize..3000, close in 0usize..3000, nots in 0usize..3000,
                           inner in prop::sample::select(vec!["barn == ja", "", "barn", "fu in [polis"])) {
        let src = format!("{}{}{inner}{}", "!".repeat(nots), "(".repeat(open), ")".repeat(close));
        let r = parse_checked(&src)?;
        let depth = open + nots;
        if inner == "barn == ja" && open == close && depth < MAX_DEPTH {
            prop_assert!(r.is_ok(), "{src:?}: {r:?}");
        }
        if depth >= MAX_DEPTH {
            prop_assert!(r.is_err(), "{src:?} nested {depth} deep parsed");
        }
    }

    #[test]
    fn parser_long_chains(tests in prop::collection::vec((test_strategy(), any::<bool>()), 1..400)) {
        let mut src = String::new();
        for (i, (t, and)) in tests.iter().enumerate() {
            if i > 0 {
                src.push_str(if *and { " && " } else { " || " });
            }
            t.render(&mut src, true);
        }
        let r = parse_checked(&src)?;
        if src.len() <= MAX_LEN {
            prop_assert!(r.is_ok(), "{src:?}: {r:?}");
        }
    }

    /// Grammar-built conditions parse exactly when nested within the limit, and the compiled program
    /// agrees with a reference evaluation of the tree.
    #[test]
    fn parser_agrees_with_reference(ast in ast_strategy(), spaced in any::<bool>(),
                                    answers in answers_strategy()) {
        let mut src = String::new();
        ast.render(&mut src, spaced);
        let r = parse_checked(&src)?;
        let within = ast.depth() < MAX_DEPTH && src.len() <= MAX_LEN;
        prop_assert_eq!(r.is_ok(), within, "{:?} (depth {}): {:?}", src, ast.depth(), r);
        if let Ok(ops) = r {
            let c = condition(ops);
            prop_assert_eq!(c.eval(&answers), ast.eval(&answers), "{} under {:?}", src, answers);
        }
    }

    /// Three-valued consistency: a condition that is already True or False with questions open keeps
    /// that value however they are answered; one with every question answered is never Unknown.
    #[test]
    fn kleene_monotonicity(ast in ast_strategy(), answers in answers_strategy()) {
        let src = ast.source();
        let v = values();
        let Ok(ops) = parse(&src, &questions(&v)) else { return Ok(()) };
        let c = condition(ops);
        let known = c.eval(&answers);
        for r in refinements(&answers) {
            let now = c.eval(&r);
            if known != Tri::Unknown {
                prop_assert_eq!(now, known, "{} was {:?} under {:?}, {:?} under {:?}", src, known, answers, now, r);
            }
            if r.iter().all(Option::is_some) {
                prop_assert_ne!(now, Tri::Unknown, "{} unknown with all answered: {:?}", src, r);
            }
        }
        // The questions said to decide an unknown condition are unanswered ones it tests.
        let counts = OPTION_COUNTS.to_vec();
        let deciding = c.deciding_questions(&answers, &counts);
        if known == Tri::Unknown {
            prop_assert!(!deciding.is_empty());
            for q in deciding {
                prop_assert!(answers[q].is_none() && c.questions().contains(&q));
            }
        } else {
            prop_assert!(deciding.is_empty());
        }
    }

    /// Compiled programs under arbitrary answers (any length, any option index) never panic.
    #[test]
    fn eval_arbitrary_answers(ast in ast_strategy(),
                              answers in prop::collection::vec(proptest::option::of(any::<u8>()), 0..8),
                              counts in prop::collection::vec(0usize..300, 0..8)) {
        let v = values();
        if let Ok(ops) = parse(&ast.source(), &questions(&v)) {
            let c = condition(ops);
            let _ = c.eval(&answers);
            let _ = c.deciding_questions(&answers, &counts);
            let _ = c.questions();
        }
    }

    /// Even programs the parser would never produce evaluate without panicking.
    #[test]
    fn eval_arbitrary_programs(ops in prop::collection::vec(prop_oneof![
                                   (any::<u16>(), any::<u32>()).prop_map(|(question, mask)| Op::Test { question, mask }),
                                   Just(Op::Not), Just(Op::And), Just(Op::Or)], 0..200),
                               answers in prop::collection::vec(proptest::option::of(any::<u8>()), 0..8),
                               counts in prop::collection::vec(0usize..300, 0..8)) {
        let c = condition(ops);
        let _ = c.eval(&answers);
        let _ = c.deciding_questions(&answers, &counts);
    }
}

#[test]
fn deciding_questions_with_short_answers_regression() {
    // Found by `eval_arbitrary_answers`: answers shorter than the question a condition tests made
    // `deciding_questions` index out of bounds.
    let c = condition(vec![Op::Test {
        question: 0,
        mask: 1,
    }]);
    assert_eq!(c.deciding_questions(&[], &[]), vec![0]);
    assert_eq!(c.deciding_questions(&[], &[2]), vec![0]);
}

// ---------------------------------------------------------------------------------------------
// Content loader
// ---------------------------------------------------------------------------------------------

/// The shipped content files (with `scenarios/`), read at test time; the fixture set if `content/`
/// cannot be read.
fn shipped() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    read_dir(&root.join("content"), "content")
        .or_else(|_| read_dir(&root.join("tests/fixtures/content"), "content"))
        .unwrap_or_default()
}

/// Loads and checks the contract: every diagnostic names a given file and a line and column inside it.
fn load_checked(files: Vec<SourceFile>) -> Result<(), TestCaseError> {
    let copy = files.clone();
    match load_files(files) {
        Ok(_) => Ok(()),
        Err(Diagnostics(diags)) => {
            prop_assert!(!diags.is_empty(), "an error without diagnostics");
            for d in &diags {
                prop_assert!(!d.message.trim().is_empty(), "empty message: {d:?}");
                let Some(f) = copy.iter().find(|f| f.name == d.file) else {
                    prop_assert!(copy.is_empty(), "diagnostic names an unknown file: {d}");
                    continue;
                };
                let lines: Vec<&str> = f.text.split('\n').collect();
                prop_assert!(
                    d.line >= 1 && d.line <= lines.len(),
                    "line out of the file ({} lines): {d}",
                    lines.len()
                );
                let chars = lines[d.line - 1].chars().count();
                prop_assert!(
                    d.col >= 1 && d.col <= chars + 1,
                    "column out of the line ({chars} characters): {d}"
                );
            }
            Ok(())
        }
    }
}

fn one_file(text: String) -> Vec<SourceFile> {
    vec![SourceFile {
        name: "fuzz.toml".into(),
        text,
    }]
}

/// A TOML basic string.
fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Strings that mean something to the validator: real ids, conditions, dates, phones, enums.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "", " ", "akut", "upptacka", "socialtjansten", "polisen", "s002", "s003", "ja", "nej",
            "barn_utsatt", "barn_utsatt == ja", "barn_utsatt == ja ||", "barn_utsatt == kanske",
            "(barn_i_bilden == ja", "okand == ja", "2022-10-06", "2023-02-29", "2024-02-29",
            "odaterad", "20221006", "112", "114 14", "+46 8 508 000 00", "-12", "a@b.se", "@",
            "process", "track", "stated", "inferred", "Åäö ✓", "lvu_6", "larm_112", "vet_ej",
            "Ogiltigt ID", "\u{0}", "x\ny", "\"\"\"",
        ])
        .prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

/// A TOML value of any shape the schema might (or might not) expect.
fn value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        6 => word().prop_map(|w| toml_str(&w)),
        1 => any::<i64>().prop_map(|i| i.to_string()),
        1 => any::<bool>().prop_map(|b| b.to_string()),
        1 => Just("1.5".to_string()),
        1 => Just("1979-05-27T07:32:00Z".to_string()),
        1 => word().prop_map(|w| format!("'''{}'''", w.replace("'''", ""))),
        2 => (word(), word()).prop_map(|(d, h)| format!("{{ doc = {}, heading = {} }}", toml_str(&d), toml_str(&h))),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "number",
                        "alt_number",
                        "label",
                        "value",
                        "doc",
                        "heading",
                        "x"
                    ]),
                    inner
                ),
                0..4
            )
            .prop_map(|kv| {
                let body: Vec<String> = kv.iter().map(|(k, v)| format!("{k} = {v}")).collect();
                format!("{{ {} }}", body.join(", "))
            }),
        ]
    })
}

const KINDS: [(&str, &[&str]); 9] = [
    ("meta", &["title", "version", "date", "max_age_months"]),
    (
        "source",
        &[
            "id",
            "file",
            "title",
            "publisher",
            "edition",
            "date",
            "date_text",
            "headings",
            "note",
        ],
    ),
    (
        "step",
        &["id", "order", "kind", "title", "summary", "intro", "source"],
    ),
    ("step.section", &["heading", "text", "source"]),
    ("actor", &["id", "name", "description", "source"]),
    ("question", &["id", "text", "help", "options"]),
    (
        "duty",
        &[
            "id",
            "step",
            "actor",
            "text",
            "when",
            "law",
            "contacts",
            "attribution",
            "attribution_note",
            "source",
        ],
    ),
    (
        "contact",
        &[
            "id",
            "name",
            "unit",
            "target_group",
            "region",
            "phones",
            "email",
            "web",
            "hours",
            "note",
            "as_of",
            "always",
            "when",
            "freshness",
            "source",
        ],
    ),
    (
        "law",
        &[
            "id", "title", "citation", "summary", "as_of", "external", "replaced", "source",
        ],
    ),
];

/// A value of the shape the schema expects for `field`: mostly right, sometimes any value at all.
fn field_value(field: &'static str) -> BoxedStrategy<String> {
    let right: BoxedStrategy<String> = match field {
        "order" => prop_oneof![Just(10i64), Just(20), any::<i64>()]
            .prop_map(|i| i.to_string())
            .boxed(),
        "always" => any::<bool>().prop_map(|b| b.to_string()).boxed(),
        "max_age_months" => prop_oneof![Just(12i64), Just(0), any::<i64>()]
            .prop_map(|i| i.to_string())
            .boxed(),
        "freshness" => prop::sample::select(vec!["national", "person", "direct", "x"])
            .prop_map(toml_str)
            .boxed(),
        "replaced" => (any::<bool>(), word(), word())
            .prop_map(|(e, sfs, from)| {
                format!(
                    "{{ external = {e}, law = \"SoL\", by = \"ny\", by_sfs = {}, from = {} }}",
                    toml_str(&sfs),
                    toml_str(&from)
                )
            })
            .boxed(),
        "law" | "contacts" | "alt_number" | "headings" => prop::collection::vec(word(), 0..3)
            .prop_map(|v| {
                let items: Vec<String> = v.iter().map(|w| toml_str(w)).collect();
                format!("[{}]", items.join(", "))
            })
            .boxed(),
        "source" => (word(), word())
            .prop_map(|(d, h)| format!("{{ doc = {}, heading = {} }}", toml_str(&d), toml_str(&h)))
            .boxed(),
        "phones" => prop::collection::vec((word(), word()), 0..3)
            .prop_map(|v| {
                let items: Vec<String> = v
                    .iter()
                    .map(|(n, l)| {
                        format!("{{ number = {}, label = {} }}", toml_str(n), toml_str(l))
                    })
                    .collect();
                format!("[{}]", items.join(", "))
            })
            .boxed(),
        "options" => prop::collection::vec((word(), word()), 0..4)
            .prop_map(|v| {
                let items: Vec<String> = v
                    .iter()
                    .map(|(n, l)| format!("{{ value = {}, label = {} }}", toml_str(n), toml_str(l)))
                    .collect();
                format!("[{}]", items.join(", "))
            })
            .boxed(),
        _ => word().prop_map(|w| toml_str(&w)).boxed(),
    };
    prop_oneof![40 => right, 1 => value()].boxed()
}

/// One table of a content file: a kind's header and most of its fields (plus the odd stray key).
fn table() -> impl Strategy<Value = String> {
    // meta and unknown kinds rarely; the others (sections after steps) evenly.
    let weights: Vec<(u32, usize)> = (0..=KINDS.len())
        .map(|k| (if k == 0 || k == KINDS.len() { 1 } else { 6 }, k))
        .collect();
    let kind = prop::strategy::Union::new_weighted(
        weights.into_iter().map(|(w, k)| (w, Just(k))).collect(),
    );
    kind.prop_flat_map(|k| {
        let (kind, fields): (&str, &[&'static str]) =
            KINDS.get(k).copied().unwrap_or(("bogus", &["id"]));
        let values: Vec<_> = fields
            .iter()
            .map(|&f| (prop::bool::weighted(0.93), field_value(f)))
            .collect();
        (
            values,
            prop::collection::vec(("[a-z_]{1,8}", value()), 0..2),
            prop::bool::weighted(0.03),
            0u8..16,
        )
            .prop_map(move |(values, strays, stray, header)| {
                let mut s = match (kind, header) {
                    ("meta", _) => "[meta]\n".to_string(),
                    (_, 0) => format!("[{kind}]\n"),
                    _ => format!("[[{kind}]]\n"),
                };
                for (field, (keep, v)) in fields.iter().zip(values) {
                    if keep {
                        s.push_str(&format!("{field} = {v}\n"));
                    }
                }
                if stray {
                    for (k, v) in strays {
                        s.push_str(&format!("{k} = {v}\n"));
                    }
                }
                s
            })
    })
}

fn toml_doc() -> impl Strategy<Value = String> {
    prop::collection::vec(table(), 0..8).prop_map(|t| t.join("\n"))
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    ChangeChar(usize, char),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let ch = prop_oneof![
        3 => prop::sample::select(vec![
            '"', '\'', '[', ']', '{', '}', '=', ',', '#', '\n', '\\', ' ', 'x', '0', '.', 'ä', '\u{0}',
            '\u{FEFF}', '|', '&', '!', '(', ')',
        ]),
        1 => any::<char>(),
    ];
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), ch).prop_map(|(i, c)| Mutation::ChangeChar(i, c)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    let n = lines.len();
    match *m {
        Mutation::DeleteLine(i) => {
            lines.remove(i % n);
            lines.join("\n")
        }
        Mutation::DuplicateLine(i) => {
            lines.insert(i % n, lines[i % n]);
            lines.join("\n")
        }
        Mutation::SwapLines(a, b) => {
            lines.swap(a % n, b % n);
            lines.join("\n")
        }
        Mutation::ChangeChar(i, c) => {
            let count = text.chars().count();
            if count == 0 {
                return c.to_string();
            }
            let i = i % count;
            text.chars()
                .enumerate()
                .map(|(j, x)| if j == i { c } else { x })
                .collect()
        }
        Mutation::Truncate(i) => {
            let mut end = i % (text.len() + 1);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text[..end].to_string()
        }
    }
}

proptest! {
    #![proptest_config(Config::default())]

    #[test]
    fn loader_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        load_checked(one_file(String::from_utf8_lossy(&bytes).into_owned()))?;
    }

    #[test]
    fn loader_toml_like_bytes(text in "[a-z_\\[\\]{}=\"'#,. \n0-9]{0,400}") {
        load_checked(one_file(text))?;
    }

    #[test]
    fn loader_arbitrary_toml(doc in toml_doc()) {
        load_checked(one_file(doc))?;
    }

    /// Generated tables next to the shipped content, so they reach the semantic checks
    /// (references to real ids, duplicates, conditions over real questions).
    #[test]
    fn loader_arbitrary_toml_with_shipped(doc in toml_doc()) {
        let mut files = shipped();
        files.push(SourceFile { name: "content/zz_fuzz.toml".into(), text: doc });
        load_checked(files)?;
    }

    #[test]
    fn loader_mutated_shipped(file in any::<prop::sample::Index>(),
                              mutations in prop::collection::vec(mutation(), 1..4)) {
        let mut files = shipped();
        prop_assume!(!files.is_empty());
        let f = file.index(files.len());
        for m in &mutations {
            files[f].text = mutate(&files[f].text, m);
        }
        load_checked(files)?;
    }
}

#[test]
fn loader_no_files_is_an_error() {
    assert!(load_files(Vec::new()).is_err());
}

#[test]
fn shipped_content_loads() {
    let files = shipped();
    assert!(!files.is_empty());
    // Not asserting Ok: content/ is edited concurrently; a broken file must still be a clean error.
    if let Err(d) = load_files(files) {
        for x in &d.0 {
            assert!(x.line >= 1 && x.col >= 1, "{x}");
        }
    }
}
