//! Writing an export (a checklist, a handout, an answer key) to a file: atomically (a temporary file in
//! the same folder, synced, then renamed), readable only by its owner (0600), never over an existing file
//! unless asked to, and only ever creating or replacing a *regular* file.
//!
//! The rules, in the order they are checked:
//! - the path does not exist → the file is created;
//! - a regular file → refused, or with `force` replaced;
//! - a symbolic link (dangling or not) → refused, or with `force` the *link* is replaced by the file;
//!   its target is never written to;
//! - a directory, a FIFO, a socket or a device → always refused, `force` or not: renaming over it would
//!   destroy it (a device node) or write where the user did not mean to.
//!
//! Every message names the user's path, never the writer's temporary file.

use std::io::{self, Write};
use std::path::Path;

use crate::error::Error;
use crate::i18n::{Lang, Msg, fill, text};

/// What stands at the export's path before it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Existing {
    Nothing,
    Regular,
    Symlink,
    Special(Msg),
}

fn existing(path: &Path) -> io::Result<Existing> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Existing::Nothing),
        Err(e) => return Err(e),
    };
    let t = meta.file_type();
    Ok(if t.is_file() {
        Existing::Regular
    } else if t.is_symlink() {
        Existing::Symlink
    } else if t.is_dir() {
        Existing::Special(Msg::KindDirectory)
    } else {
        Existing::Special(special_kind(&t))
    })
}

#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> Msg {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        Msg::KindFifo
    } else if t.is_socket() {
        Msg::KindSocket
    } else if t.is_block_device() || t.is_char_device() {
        Msg::KindDevice
    } else {
        Msg::KindOther
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> Msg {
    Msg::KindOther
}

/// An I/O error's own words without the path a library may have added (tempfile appends its temporary
/// file's name): "No space left on device (os error 28)".
pub fn plain_io_message(e: &io::Error) -> String {
    if let Some(code) = e.raw_os_error() {
        return io::Error::from_raw_os_error(code).to_string();
    }
    // tempfile wraps the operating system's error as "<error> at path \"<temporary file>\"".
    let shown = e.to_string();
    match shown.split_once(" at path ") {
        Some((own, _)) => own.to_string(),
        None => shown,
    }
}

/// The mode of every file written unless asked otherwise: readable and writable by its owner only.
pub const PRIVATE: u32 = 0o600;

/// Checks `path` by the rules above without writing anything: whether [`write_file`] would refuse it.
/// A command that writes several files checks them all first, so it writes all or none.
pub fn check_target(path: &Path, force: bool, lang: Lang) -> Result<(), Error> {
    let shown = path.display().to_string();
    match existing(path).map_err(|e| {
        Error::File(fill(
            lang,
            Msg::ErrCannotWrite,
            &[&shown, &plain_io_message(&e)],
        ))
    })? {
        Existing::Special(kind) => Err(Error::File(fill(
            lang,
            Msg::ErrNotRegularFile,
            &[&shown, text(lang, kind)],
        ))),
        Existing::Regular | Existing::Symlink if !force => {
            Err(Error::File(fill(lang, Msg::ErrFileExists, &[&shown])))
        }
        _ => Ok(()),
    }
}

/// Writes `contents` to `path` by the rules above, mode 0600; messages are in `lang`. On any failure
/// nothing is left behind: the temporary file is removed when dropped.
pub fn write_file(path: &Path, contents: &str, force: bool, lang: Lang) -> Result<(), Error> {
    write_file_mode(path, contents, force, PRIVATE, lang)
}

/// [`write_file`] with another mode (a training handout meant to be shared: 0644). The mode is set on
/// the temporary file before it takes the path's name, so the file is never readable by more people
/// than asked, and the umask does not change it.
pub fn write_file_mode(
    path: &Path,
    contents: &str,
    force: bool,
    mode: u32,
    lang: Lang,
) -> Result<(), Error> {
    let shown = path.display().to_string();
    let cannot = |e: &io::Error| {
        Error::File(fill(
            lang,
            Msg::ErrCannotWrite,
            &[&shown, &plain_io_message(e)],
        ))
    };
    check_target(path, force, lang)?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // tempfile creates the file with mode 0600 on Unix.
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| cannot(&e))?;
    tmp.write_all(contents.as_bytes()).map_err(|e| cannot(&e))?;
    #[cfg(unix)]
    if mode != PRIVATE {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| cannot(&e))?;
    }
    tmp.as_file().sync_all().map_err(|e| cannot(&e))?;
    if force {
        // rename(2) replaces a regular file or a symbolic link itself, never a link's target.
        tmp.persist(path).map_err(|e| cannot(&e.error))?;
    } else {
        // No-clobber even if something appeared meanwhile.
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                Error::File(fill(lang, Msg::ErrFileExists, &[&shown]))
            } else {
                cannot(&e.error)
            }
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(p: &Path) -> String {
        std::fs::read_to_string(p).unwrap_or_default()
    }

    #[test]
    fn writes_private_refuses_overwrite_and_leaves_nothing_on_failure() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("export.md");
        assert!(write_file(&path, "one", false, Lang::En).is_ok());
        assert_eq!(read(&path), "one");
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
            .map(|f| f.message().to_string())
            .unwrap_or_default();
        assert!(refused.contains("exists; not overwritten"), "{refused}");
        assert_eq!(read(&path), "one");
        assert!(write_file(&path, "two", true, Lang::En).is_ok());
        assert_eq!(read(&path), "two");
        let missing = dir.path().join("no/such/dir/x.md");
        let e = write_file(&missing, "x", false, Lang::En).err();
        let msg = e.map(|e| e.message().to_string()).unwrap_or_default();
        assert!(
            msg.ends_with("no/such/dir/x.md: No such file or directory (os error 2)"),
            "{msg}"
        );
        let left = std::fs::read_dir(dir.path()).map_or(0, |r| r.filter_map(Result::ok).count());
        assert_eq!(left, 1, "only the export itself is in the folder");
    }

    #[cfg(unix)]
    #[test]
    fn a_shared_file_gets_the_mode_asked_for_whatever_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("handout.md");
        assert!(write_file_mode(&path, "x", false, 0o644, Lang::En).is_ok());
        let mode = std::fs::metadata(&path).map_or(0, |m| m.permissions().mode() & 0o777);
        assert_eq!(mode, 0o644);
        // Checked alone, the existing file is refused without --force and accepted with it.
        assert!(check_target(&path, false, Lang::En).is_err());
        assert!(check_target(&path, true, Lang::En).is_ok());
        assert!(check_target(&dir.path().join("new.md"), false, Lang::En).is_ok());
    }

    #[test]
    fn a_directory_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap_or_else(|e| panic!("{e}"));
        for force in [false, true] {
            let e = write_file(&sub, "x", force, Lang::En).err();
            let msg = e.map(|e| e.message().to_string()).unwrap_or_default();
            assert!(msg.contains("is not a regular file (a directory)"), "{msg}");
        }
        assert!(sub.is_dir());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_refused_and_with_force_replaced_not_its_target() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let target = dir.path().join("target.md");
        std::fs::write(&target, "keep").unwrap_or_else(|e| panic!("{e}"));
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&target, &link).unwrap_or_else(|e| panic!("{e}"));
        let refused = write_file(&link, "new", false, Lang::En).err();
        assert!(matches!(refused, Some(Error::File(m)) if m.contains("exists; not overwritten")));
        assert!(write_file(&link, "new", true, Lang::En).is_ok());
        assert_eq!(read(&target), "keep", "the link's target is untouched");
        assert_eq!(read(&link), "new");
        assert!(
            std::fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_file()),
            "the link itself was replaced by a regular file"
        );
        let dangling = dir.path().join("dangling.md");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling)
            .unwrap_or_else(|e| panic!("{e}"));
        let e = write_file(&dangling, "x", false, Lang::En).err();
        assert!(matches!(e, Some(Error::File(m)) if m.contains("exists; not overwritten")));
    }
}
