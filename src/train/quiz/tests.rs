//! The quiz never offers a question without exactly one right answer; building is deterministic.

use super::*;
use crate::model::Content;

fn content() -> &'static Content {
    crate::embedded::content()
}

fn check(c: &Content, q: &Question) {
    let right: Vec<usize> = q
        .options
        .iter()
        .enumerate()
        .filter(|&(_, &o)| is_right(c, q.kind, q.subject, o))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(right, vec![q.correct], "{:?}: {}", q.kind, prompt(c, q));
    assert!(q.options.len() >= 2 && q.options.len() <= MAX_OPTIONS);
    let mut labels: Vec<String> = q
        .options
        .iter()
        .map(|&o| option_label(c, q.kind, o))
        .collect();
    labels.sort();
    labels.dedup();
    assert_eq!(labels.len(), q.options.len(), "labels differ");
}

#[test]
fn every_question_over_all_content_and_many_seeds_has_exactly_one_right_answer() {
    let c = content();
    let duties: Vec<usize> = (0..c.duties.len()).collect();
    let contacts: Vec<usize> = (0..c.contacts.len()).collect();
    let mut seen = 0;
    for seed in 0..40u64 {
        for q in build(c, &duties, &contacts, 40, seed) {
            check(c, &q);
            seen += 1;
        }
    }
    // Every subject of every kind, once per seed for a few seeds.
    for seed in 0..5u64 {
        let mut rng = Rng::new(seed);
        for kind in [Kind::ActorForDuty, Kind::StepForDuty] {
            for d in 0..c.duties.len() {
                let pool: Vec<usize> = if kind == Kind::ActorForDuty {
                    (0..c.actors.len()).collect()
                } else {
                    (0..c.steps.len()).collect()
                };
                if let Some(q) = question(c, kind, d, &pool, &mut rng) {
                    check(c, &q);
                    seen += 1;
                }
            }
        }
        let pool: Vec<usize> = (0..c.contacts.len()).collect();
        for k in 0..c.contacts.len() {
            if let Some(q) = question(c, Kind::ContactForNeed, k, &pool, &mut rng) {
                check(c, &q);
            }
        }
    }
    assert!(seen > 500, "{seen}");
}

#[test]
fn a_bullet_two_actors_carry_never_offers_the_other_as_a_distractor() {
    let c = content();
    let twins: Vec<usize> = (0..c.duties.len())
        .filter(|&d| c.duties[d].text.starts_with("Beställer rättsintyg"))
        .collect();
    assert_eq!(twins.len(), 2, "003 prints the bullet twice");
    let actors: Vec<usize> = twins.iter().map(|&d| c.duties[d].actor).collect();
    let pool: Vec<usize> = (0..c.actors.len()).collect();
    for seed in 0..100 {
        let mut rng = Rng::new(seed);
        for &d in &twins {
            if let Some(q) = question(c, Kind::ActorForDuty, d, &pool, &mut rng) {
                let both = q.options.iter().filter(|o| actors.contains(o)).count();
                assert_eq!(both, 1, "seed {seed}");
            }
        }
    }
}

#[test]
fn building_is_deterministic_for_a_seed() {
    let c = content();
    let duties: Vec<usize> = (0..c.duties.len()).collect();
    let a = build(c, &duties, &[0, 1, 2], 10, 7);
    let b = build(c, &duties, &[0, 1, 2], 10, 7);
    assert_eq!(a, b);
    assert_eq!(a.len(), 10);
    let kinds: Vec<Kind> = a.iter().take(3).map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [Kind::ActorForDuty, Kind::StepForDuty, Kind::ContactForNeed]
    );
    assert_ne!(a, build(c, &duties, &[0, 1, 2], 10, 8));
}

#[test]
fn scoring_counts_right_answers() {
    let qs = vec![
        Question {
            kind: Kind::ActorForDuty,
            subject: 0,
            options: vec![0, 1],
            correct: 1,
        },
        Question {
            kind: Kind::ActorForDuty,
            subject: 0,
            options: vec![0, 1],
            correct: 0,
        },
        Question {
            kind: Kind::ActorForDuty,
            subject: 0,
            options: vec![0, 1],
            correct: 0,
        },
    ];
    let s = Score::of(&qs, &[Some(1), Some(1), None]);
    assert_eq!(
        s,
        Score {
            right: 1,
            answered: 2,
            total: 3
        }
    );
    assert_eq!(s.percent(), 33);
    assert_eq!(Score::of(&[], &[]).percent(), 0);
}

#[test]
fn rng_and_seed_are_stable() {
    let mut r = Rng::new(1);
    let first: Vec<u64> = (0..3).map(|_| r.next_u64()).collect();
    let mut r2 = Rng::new(1);
    assert_eq!(first, (0..3).map(|_| r2.next_u64()).collect::<Vec<_>>());
    assert_eq!(seed_of("a"), seed_of("a"));
    assert_ne!(seed_of("a"), seed_of("b"));
    assert!((0..100).all(|_| r.below(3) < 3));
}
