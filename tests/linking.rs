//! The link options `build.rs` applied for a fast start (BENCHMARKS.md, "Whole process") are in effect
//! in the built program, and it is position-independent. `build.rs` applies an option only where the
//! toolchain's linker takes it and names the applied ones in `VAGVISARE_LINKED_WITH`; each test checks
//! what was applied, so a toolchain that skipped an option does not fail here for it.
#![cfg(all(target_os = "linux", target_env = "gnu"))]

fn program() -> Vec<u8> {
    let path = env!("CARGO_BIN_EXE_vagvisare");
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn applied(option: &str) -> bool {
    env!("VAGVISARE_LINKED_WITH")
        .split(',')
        .any(|o| o == option)
}

/// The dynamic section's tags, read from the ELF64 little-endian section headers.
fn dynamic_tags(bytes: &[u8]) -> Vec<u64> {
    let u16_at = |o: usize| u16::from_le_bytes([bytes[o], bytes[o + 1]]) as usize;
    let u64_at = |o: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[o..o + 8]);
        u64::from_le_bytes(b)
    };
    let (shoff, shentsize, shnum) = (u64_at(0x28) as usize, u16_at(0x3a), u16_at(0x3c));
    let mut tags = Vec::new();
    for i in 0..shnum {
        let h = shoff + i * shentsize;
        // sh_type 6 is SHT_DYNAMIC; entries are (tag, value) pairs of 8 bytes each.
        if u32::from_le_bytes([bytes[h + 4], bytes[h + 5], bytes[h + 6], bytes[h + 7]]) == 6 {
            let (off, size) = (u64_at(h + 0x18) as usize, u64_at(h + 0x20) as usize);
            tags.extend((off..off + size).step_by(16).map(u64_at));
        }
    }
    tags
}

#[test]
fn the_program_is_position_independent() {
    let bytes = program();
    assert_eq!(&bytes[..4], b"\x7fELF");
    // e_type, little-endian at offset 16: 2 is ET_EXEC (fixed addresses), 3 is ET_DYN (PIE).
    let e_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    assert_eq!(
        e_type, 3,
        "the program is linked at fixed addresses: no ASLR for it"
    );
}

#[test]
fn the_program_does_not_load_libgcc_s_where_the_static_unwinder_was_linked() {
    let bytes = program();
    // The C library is always named, so the dynamic section was searched.
    assert!(bytes.windows(9).any(|w| w == b"libc.so.6"));
    let named = bytes.windows(11).any(|w| w == b"libgcc_s.so");
    if applied("gcc_eh") {
        assert!(
            !named,
            "the program names libgcc_s.so: the unwinder is loaded at every start again"
        );
    }
}

#[test]
fn the_relocations_are_packed_where_the_linker_took_it() {
    let tags = dynamic_tags(&program());
    assert!(!tags.is_empty(), "no dynamic section found");
    // DT_RELR is 36: the packed relative relocations.
    assert_eq!(tags.contains(&36), applied("relr"), "tags: {tags:?}");
}

#[test]
fn the_start_up_order_was_made_for_this_compiler_and_lock_file() {
    let list = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/startup/startup.order");
    assert!(std::path::Path::new(list).is_file(), "{list} is missing");
    assert!(
        !applied("stale-order"),
        "benches/startup/startup.order was made for another compiler or Cargo.lock, so start-up \
         functions are no longer grouped: run benches/startup/order.sh (build.rs warned with the stamp)"
    );
}
