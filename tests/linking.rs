//! The link options `build.rs` sets for a fast start (BENCHMARKS.md, "Whole process") are in effect in
//! the built program: it does not load `libgcc_s.so.1` and is a position-dependent executable.
//! Only on Linux with glibc and not `crt-static`, where `build.rs` sets them (when the toolchain's
//! linker takes them, as it does on the reference machine and in CI).
#![cfg(all(
    target_os = "linux",
    target_env = "gnu",
    not(target_feature = "crt-static")
))]

fn program() -> Vec<u8> {
    let path = env!("CARGO_BIN_EXE_vagvisare");
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_program_does_not_load_libgcc_s() {
    let bytes = program();
    let needle = b"libgcc_s.so";
    assert!(
        !bytes.windows(needle.len()).any(|w| w == needle),
        "the program names libgcc_s.so: the unwinder is loaded at every start again"
    );
    // The check can fail: the C library is still named, so the dynamic section was searched.
    assert!(bytes.windows(9).any(|w| w == b"libc.so.6"));
}

#[test]
fn the_program_is_position_dependent() {
    let bytes = program();
    assert_eq!(&bytes[..4], b"\x7fELF");
    // e_type, little-endian at offset 16: 2 is ET_EXEC (fixed addresses), 3 is ET_DYN (PIE).
    let e_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    assert_eq!(e_type, 2, "the program is linked as a PIE again");
}
