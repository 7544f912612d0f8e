//! Helpers shared by the integration tests.

pub mod help;
pub mod paste;
pub mod pty;
