//! Writing an export to a file: atomically (a temporary file in the same folder, synced, then renamed),
//! readable only by its owner (0600), and never over an existing file unless asked to.

use std::io::Write;
use std::path::Path;

use super::Failure;
use crate::i18n::{Lang, Msg, fill};

/// Writes `contents` to `path`; with `force` an existing file is replaced, otherwise refused.
/// On any failure nothing is left behind: the temporary file is removed when dropped.
/// Messages are in `lang`.
pub fn write_file(path: &Path, contents: &str, force: bool, lang: Lang) -> Result<(), Failure> {
    let shown = path.display().to_string();
    if path.exists() && !force {
        return Err(Failure::content(format!(
            "vagvisare: {}",
            fill(lang, Msg::ErrFileExists, &[&shown])
        )));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |_: &str, e: &dyn std::fmt::Display| {
        Failure::content(format!(
            "vagvisare: {}",
            fill(lang, Msg::ErrCannotWrite, &[&shown, &e.to_string()])
        ))
    };
    // tempfile creates the file with mode 0600 on Unix.
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail("write", &e))?;
    tmp.write_all(contents.as_bytes())
        .map_err(|e| fail("write", &e))?;
    tmp.as_file().sync_all().map_err(|e| fail("write", &e))?;
    if force {
        tmp.persist(path).map_err(|e| fail("write", &e.error))?;
    } else {
        // No-clobber even if the file appeared meanwhile.
        tmp.persist_noclobber(path)
            .map_err(|e| fail("write", &e.error))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_private_refuses_overwrite_and_leaves_nothing_on_failure() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("export.md");
        assert!(write_file(&path, "one", false, Lang::En).is_ok());
        assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), "one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path)
                .map(|m| m.permissions().mode() & 0o777)
                .unwrap_or(0);
            assert_eq!(mode, 0o600);
        }
        let refused = write_file(&path, "two", false, Lang::En)
            .err()
            .map(|f| f.message)
            .unwrap_or_default();
        assert!(refused.contains("exists; not overwritten"), "{refused}");
        assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), "one");
        assert!(write_file(&path, "two", true, Lang::En).is_ok());
        assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), "two");
        let missing = dir.path().join("no/such/dir/x.md");
        assert!(write_file(&missing, "x", false, Lang::En).is_err());
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .map(|r| r.filter_map(Result::ok).count())
            .into_iter()
            .collect();
        assert_eq!(left, vec![1], "only the export itself is in the folder");
    }
}
