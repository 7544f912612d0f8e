//! Helpers shared by the integration tests.

pub mod paste;
pub mod pty;
