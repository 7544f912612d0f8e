//! Generators for the loader tests: TOML documents of every content kind with plausible and hostile
//! values, and mutations of the shipped files.

use proptest::prelude::*;

/// A TOML basic string.
pub(super) fn toml_str(s: &str) -> String {
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
pub(super) fn word() -> impl Strategy<Value = String> {
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
pub(super) fn value() -> impl Strategy<Value = String> {
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

pub(super) const KINDS: [(&str, &[&str]); 9] = [
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
pub(super) fn field_value(field: &'static str) -> BoxedStrategy<String> {
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
pub(super) fn table() -> impl Strategy<Value = String> {
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

pub(super) fn toml_doc() -> impl Strategy<Value = String> {
    prop::collection::vec(table(), 0..8).prop_map(|t| t.join("\n"))
}

#[derive(Debug, Clone)]
pub(super) enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    ChangeChar(usize, char),
    Truncate(usize),
}

pub(super) fn mutation() -> impl Strategy<Value = Mutation> {
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

pub(super) fn mutate(text: &str, m: &Mutation) -> String {
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
