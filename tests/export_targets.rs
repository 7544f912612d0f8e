//! Where an export may land, path by path, as the command line sees it (the writer's own rules are
//! unit-tested in src/output/file.rs): only a regular file is ever created or replaced; a directory,
//! FIFO, socket or device is refused with or without `--force`, and left as it was; a symbolic link
//! is refused without `--force` and replaced itself (never its target) with it, dangling or not; every
//! message names the user's path, never the writer's temporary file. Training handouts and keys go
//! through the same writer and the same rules.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use predicates::str::contains;

fn bin(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
    c.current_dir(dir)
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "sv_SE.UTF-8")
        // A FIFO opened for writing would block: the test fails rather than hangs.
        .timeout(Duration::from_secs(20));
    c
}

/// A temporary folder whose own name has no `.tmp` in it, so any `.tmp` in a message is the writer's.
fn tmp() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("vagvisare-export-")
        .tempdir()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// `assess --output PATH` (with `--force` if asked): expects exit 1 and returns stderr.
fn refused(dir: &Path, path: &Path, force: bool) -> String {
    let mut cmd = bin(dir);
    cmd.args(["assess", "--format", "markdown", "--output"])
        .arg(path);
    if force {
        cmd.arg("--force");
    }
    let out = cmd.assert().code(1).stdout("").get_output().clone();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!err.contains(".tmp"), "no temporary name: {err}");
    assert!(
        err.contains(&path.display().to_string()),
        "names the path: {err}"
    );
    err
}

fn kind(p: &Path) -> std::fs::FileType {
    std::fs::symlink_metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .file_type()
}

fn run(program: &str, args: &[&std::ffi::OsStr]) -> bool {
    std::process::Command::new(program)
        .args(args)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn a_directory_a_fifo_and_a_socket_are_refused_with_or_without_force() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tmp();
    let folder = dir.path().join("mapp");
    std::fs::create_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
    let fifo = dir.path().join("ror");
    assert!(run("mkfifo", &[fifo.as_os_str()]), "mkfifo");
    let socket = dir.path().join("sock");
    let _listener =
        std::os::unix::net::UnixListener::bind(&socket).unwrap_or_else(|e| panic!("socket: {e}"));
    for force in [false, true] {
        let e = refused(dir.path(), &folder, force);
        assert!(
            e.contains("är inte en vanlig fil (en mapp); inget skrevs"),
            "{e}"
        );
        let e = refused(dir.path(), &fifo, force);
        assert!(e.contains("(en namngiven rörledning (FIFO))"), "{e}");
        let e = refused(dir.path(), &socket, force);
        assert!(e.contains("(en socket)"), "{e}");
    }
    assert!(kind(&folder).is_dir());
    assert!(kind(&fifo).is_fifo(), "the FIFO is still a FIFO");
    assert!(kind(&socket).is_socket());
    // Only what the test made: no temporary file left.
    assert_eq!(std::fs::read_dir(dir.path()).map_or(0, Iterator::count), 3);
}

#[test]
fn a_device_node_is_never_replaced_when_one_can_be_made() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tmp();
    let device = dir.path().join("full");
    // Making a device node needs root (CAP_MKNOD); without it there is nothing to test here.
    let made = std::process::Command::new("mknod")
        .arg(&device)
        .args(["c", "1", "7"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mknod is not allowed here");
        return;
    }
    for force in [false, true] {
        let e = refused(dir.path(), &device, force);
        assert!(e.contains("(en enhetsfil); inget skrevs"), "{e}");
    }
    assert!(kind(&device).is_char_device(), "still the device node");
    // /dev/full itself, the case that was replaced by an 18 KB file before.
    let e = refused(dir.path(), Path::new("/dev/full"), true);
    assert!(e.contains("(en enhetsfil)"), "{e}");
    assert!(kind(Path::new("/dev/full")).is_char_device());
}

#[test]
fn a_symlink_is_refused_and_with_force_replaced_itself_dangling_or_not() {
    let dir = tmp();
    let target = dir.path().join("mal.md");
    std::fs::write(&target, "keep").unwrap_or_else(|e| panic!("{e}"));
    let link = dir.path().join("lank.md");
    std::os::unix::fs::symlink(&target, &link).unwrap_or_else(|e| panic!("{e}"));
    let e = refused(dir.path(), &link, false);
    assert!(
        e.contains("finns redan och skrevs inte över (använd --force"),
        "{e}"
    );
    bin(dir.path())
        .args(["assess", "--format", "markdown", "--force", "--output"])
        .arg(&link)
        .assert()
        .success();
    assert!(kind(&link).is_file(), "the link became the export");
    assert_eq!(std::fs::read_to_string(&target).unwrap_or_default(), "keep");
    // Dangling: the same friendly refusal as any existing file, not "File exists (os error 17)".
    let nowhere: PathBuf = dir.path().join("finns-inte.md");
    let dangling = dir.path().join("dinglar.md");
    std::os::unix::fs::symlink(&nowhere, &dangling).unwrap_or_else(|e| panic!("{e}"));
    let e = refused(dir.path(), &dangling, false);
    assert!(e.contains("finns redan och skrevs inte över"), "{e}");
    assert!(!e.contains("os error"), "{e}");
    bin(dir.path())
        .args(["assess", "--format", "json", "--force", "--output"])
        .arg(&dangling)
        .assert()
        .success();
    assert!(kind(&dangling).is_file());
    assert!(!nowhere.exists(), "the link's target was not created");
}

#[test]
fn training_handouts_and_keys_follow_the_same_rules() {
    let dir = tmp();
    let fifo = dir.path().join("ror");
    assert!(run("mkfifo", &[fifo.as_os_str()]), "mkfifo");
    let folder = dir.path().join("mapp");
    std::fs::create_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
    let dangling = dir.path().join("dinglar.md");
    std::os::unix::fs::symlink(dir.path().join("ingenstans"), &dangling)
        .unwrap_or_else(|e| panic!("{e}"));
    let train = |flag: &str, path: &Path, force: bool| {
        let mut cmd = bin(dir.path());
        cmd.args(["train", "barn_akut", flag]).arg(path);
        if force {
            cmd.arg("--force");
        }
        let out = cmd.assert().code(1).stdout("").get_output().clone();
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    for force in [false, true] {
        assert!(train("--handout", &fifo, force).contains("(en namngiven rörledning (FIFO))"));
        assert!(train("--key", &folder, force).contains("(en mapp)"));
    }
    let e = train("--handout", &dangling, false);
    assert!(e.contains("finns redan och skrevs inte över"), "{e}");
    bin(dir.path())
        .args(["train", "barn_akut", "--force", "--handout"])
        .arg(&dangling)
        .assert()
        .success()
        .stdout(contains("dinglar.md"));
    assert!(kind(&dangling).is_file());
    assert!(
        !dir.path().join("ingenstans").exists(),
        "the link's target was not created"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .map(|r| {
            r.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| n.starts_with(".tmp"))
                .collect()
        })
        .unwrap_or_default();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Nothing of the above is printed with the temporary name either.
    assert!(!train("--key", &folder, false).contains(".tmp"));
}
