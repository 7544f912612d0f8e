//! vagvisare's content, below everything else: the validated, typed [`model`] and the [`content`]
//! loader that builds it from TOML (every problem as `file:line:col: message`).
//!
//! A crate of its own so that `build.rs` can use it as an ordinary dependency: the build validates
//! `content/` with exactly the code `vagvisare validate` runs, and [`bake`] writes the validated model as
//! Rust source for the binary to embed.

pub mod bake;
pub mod content;
pub mod model;
