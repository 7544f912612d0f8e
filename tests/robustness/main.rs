//! Robustness: the condition parser and the content loader end every input in `Ok` or a clean error
//! with a position — no panic, no hang — and compiled conditions follow Kleene logic.
//!
//! Fast by default (proptest's 256 cases per property). The case count comes from `PROPTEST_CASES`,
//! so the long run reported in BENCHMARKS.md is
//! `PROPTEST_CASES=100000 cargo test --release --test robustness`.
//! A hang shows as a run that does not finish; there are no timed assertions here.

//!
//! One test binary, two files: [`conditions`] (the parser and three-valued evaluation) and [`loader`]
//! (the content loader on generated and mutated TOML).

mod conditions;
mod conditions_gen;
mod loader;
mod loader_gen;
