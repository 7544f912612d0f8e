//! The contacts view's state: the selected contact and the target-group and region filters. Which
//! contacts it lists follows the answers: those that serve the case first, then — apart, marked — those
//! whose own condition is false for it (the coordinator for children when the person is an adult).

use crate::engine::Answers;
use crate::model::{Contact, Content};

/// The contacts view.
#[derive(Debug, Clone, Default)]
pub struct ContactsState {
    /// Index into [`Listed::contacts`].
    pub selected: usize,
    /// Distinct target groups and regions of the contacts, for the filters.
    pub groups: Vec<String>,
    pub regions: Vec<String>,
    pub group_filter: Option<usize>,
    pub region_filter: Option<usize>,
}

/// The contacts the view lists, in order: first the `serving` ones, then those not for this case.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Listed {
    pub contacts: Vec<usize>,
    /// How many at the front serve the case (their condition is true or unknown).
    pub serving: usize,
}

impl ContactsState {
    /// The filters' choices from `c`'s contacts, nothing selected.
    pub fn new(c: &Content) -> ContactsState {
        let distinct = |f: fn(&Contact) -> &str| {
            let mut v: Vec<String> = Vec::new();
            for k in c.contacts.iter() {
                if !v.iter().any(|x| x == f(k)) {
                    v.push(f(k).to_string());
                }
            }
            v
        };
        ContactsState {
            groups: distinct(|k| &k.target_group),
            regions: distinct(|k| &k.region),
            ..ContactsState::default()
        }
    }

    /// The contacts passing the filters, those that serve the case under `answers` first.
    pub fn listed(&self, c: &Content, answers: &Answers) -> Listed {
        let g = self.group_filter.and_then(|i| self.groups.get(i));
        let r = self.region_filter.and_then(|i| self.regions.get(i));
        let passing: Vec<usize> = (0..c.contacts.len())
            .filter(|&i| g.is_none_or(|g| *g == c.contacts[i].target_group))
            .filter(|&i| r.is_none_or(|r| *r == c.contacts[i].region))
            .collect();
        let (mut contacts, rest): (Vec<usize>, Vec<usize>) = passing
            .into_iter()
            .partition(|&i| c.contacts[i].serves(&answers.0));
        let serving = contacts.len();
        contacts.extend(rest);
        Listed { contacts, serving }
    }
}
