//! Items grouped by the duty they belong to, for lookups while the plan walks its rows: every duty's
//! items in one flat list (compressed rows), so a content with thousands of duties and a few links costs
//! one pass and no allocation per duty.

/// `(duty, item)` pairs grouped by duty, each duty's items in the order given.
pub struct ByDuty {
    /// `items[start[d]..start[d + 1]]` are duty `d`'s.
    start: Vec<usize>,
    items: Vec<usize>,
}

impl ByDuty {
    /// Groups `pairs` for `duties` duties; pairs naming a duty out of range are dropped.
    pub fn new(duties: usize, pairs: &[(usize, usize)]) -> ByDuty {
        let mut start = vec![0usize; duties + 1];
        for &(d, _) in pairs.iter().filter(|(d, _)| *d < duties) {
            start[d + 1] += 1;
        }
        for d in 0..duties {
            start[d + 1] += start[d];
        }
        let mut fill = start.clone();
        let mut items = vec![0usize; start[duties]];
        for &(d, x) in pairs.iter().filter(|(d, _)| *d < duties) {
            items[fill[d]] = x;
            fill[d] += 1;
        }
        ByDuty { start, items }
    }

    /// The items of `duty`, in the order given; empty for a duty out of range.
    pub fn get(&self, duty: usize) -> &[usize] {
        match (self.start.get(duty), self.start.get(duty + 1)) {
            (Some(&a), Some(&b)) => &self.items[a..b],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ByDuty;

    #[test]
    fn groups_in_order_given_and_ignores_out_of_range() {
        let b = ByDuty::new(4, &[(2, 7), (0, 1), (2, 3), (9, 9)]);
        assert_eq!(b.get(0), &[1]);
        assert_eq!(b.get(1), &[] as &[usize]);
        assert_eq!(b.get(2), &[7, 3]);
        assert_eq!(b.get(3), &[] as &[usize]);
        assert_eq!(b.get(4), &[] as &[usize]);
    }
}
