//! Small index arithmetic the update functions share: moving a selection inside a list, and cycling
//! through an optional choice.

/// `cur` moved by `delta`, inside a list of `len` (0 when empty).
pub fn moved(cur: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    cur.saturating_add_signed(delta).min(len - 1)
}

/// `None → 0 → … → n-1 → None` (or backwards).
pub fn cycle_opt(cur: Option<usize>, n: usize, dir: isize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    // Position 0 is None, 1..=n are Some(0..n).
    let pos = cur.map_or(0, |i| i + 1) as isize;
    let next = (pos + dir).rem_euclid(n as isize + 1) as usize;
    next.checked_sub(1)
}
