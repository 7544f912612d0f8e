//! The result of a walkthrough: the quiz counted over the questions answered (a skipped question is
//! neither right nor wrong), and the decisions the class made before each reveal.

/// Quiz questions: right answers, answered questions, and all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub right: usize,
    pub answered: usize,
    pub total: usize,
}

impl Score {
    /// Scores `chosen` (one optional option position per question) against the right positions.
    pub fn of(correct: &[usize], chosen: &[Option<usize>]) -> Score {
        let answered = chosen.iter().filter(|c| c.is_some()).count();
        let right = correct
            .iter()
            .zip(chosen)
            .filter(|(r, c)| **c == Some(**r))
            .count();
        Score {
            right,
            answered,
            total: correct.len(),
        }
    }

    /// Questions passed over without an answer.
    pub fn skipped(self) -> usize {
        self.total - self.answered
    }

    /// Right answers as a whole percentage of the questions answered (`None` when none was).
    pub fn percent(self) -> Option<usize> {
        (self.right * 100).checked_div(self.answered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_questions_are_not_counted_as_wrong() {
        let s = Score::of(&[1, 0, 0], &[Some(1), Some(1), None]);
        assert_eq!(
            s,
            Score {
                right: 1,
                answered: 2,
                total: 3
            }
        );
        assert_eq!((s.skipped(), s.percent()), (1, Some(50)));
        // All skipped: nothing scored, no "0 %".
        let none = Score::of(&[0, 1], &[None, None]);
        assert_eq!((none.right, none.answered, none.percent()), (0, 0, None));
        assert_eq!(Score::of(&[], &[]).percent(), None);
    }
}
