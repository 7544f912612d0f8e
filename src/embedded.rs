//! The shipped content, validated by `build.rs` and compiled into the binary as `static` data:
//! using it costs nothing at start-up.

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The embedded content.
pub fn content() -> &'static crate::model::Content {
    &CONTENT
}
