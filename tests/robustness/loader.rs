//! The content loader: generated and mutated TOML loads or fails with positioned diagnostics, never a
//! panic or a hang.

use std::path::Path;

use super::loader_gen::*;
use proptest::prelude::*;
use proptest::test_runner::Config;
use vagvisare::content::{Diagnostics, SourceFile, load_files, read_dir};

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
