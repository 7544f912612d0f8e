//! Where words go once a face has them: standard output, with a failed write reported rather than
//! swallowed, and private files written atomically ([`file`]). Knows nothing of content or views.

pub mod file;

use std::io;

use crate::error::Error;
use crate::i18n::{Lang, Msg, fill};

/// The outcome of writing a command's output to stdout: a closed pipe (`vagvisare law | head`) is the
/// reader's choice and stays quiet; any other failure (a full disk, an I/O error) is an error, so a
/// user who redirected a checklist to a file never believes it was saved when it was not.
pub fn stdout_result(lang: Lang, written: io::Result<()>) -> Result<(), Error> {
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::Output(fill(
            lang,
            Msg::ErrStdout,
            &[&file::plain_io_message(&e)],
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_quiet_and_a_full_disk_is_not() {
        let pipe = io::Error::from(io::ErrorKind::BrokenPipe);
        assert_eq!(stdout_result(Lang::En, Err(pipe)), Ok(()));
        let full = io::Error::from_raw_os_error(28);
        let e = stdout_result(Lang::En, Err(full)).err();
        assert!(
            matches!(&e, Some(Error::Output(m)) if m.starts_with("cannot write to standard output"))
        );
        assert_eq!(e.map(|e| e.exit_code()), Some(1));
    }
}
