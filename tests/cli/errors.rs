//! Error paths on the real content: status 2, a message naming the id and the allowed ones, empty
//! stdout.

use predicates::prelude::*;

use super::*;

#[test]
fn unknown_question_id_exits_2_and_lists_the_questions() {
    let env = TestEnv::new();
    let err = env.fails(&["assess", "--answer", "barn=ja"], 2);
    assert!(err.contains("okänd fråga `barn`"), "{err}");
    for id in [
        "barn_utsatt",
        "barn_i_bilden",
        "fu_ledare",
        "andamal",
        "vardnadstvist",
    ] {
        assert!(err.contains(id), "{id} not listed: {err}");
    }
}

#[test]
fn unknown_value_exits_2_and_lists_the_values() {
    let env = TestEnv::new();
    let err = env.fails(&["assess", "-a", "fu_ledare=domstol"], 2);
    assert!(
        err.contains("`domstol`") && err.contains("`fu_ledare`"),
        "{err}"
    );
    assert!(err.contains("polis, aklagare, ingen, vet_ej"), "{err}");
    let err = env.fails(&["assess", "-a", "barn_utsatt=kanske"], 2);
    assert!(
        err.contains("`barn_utsatt`") && err.contains("ja, nej, vet_ej"),
        "{err}"
    );
}

#[test]
fn malformed_answer_exits_2() {
    let env = TestEnv::new();
    for bad in ["barn_utsatt", "barn_utsatt:ja", ""] {
        let err = env.fails(&["assess", "-a", bad], 2);
        assert!(err.contains("ID=VÄRDE"), "{bad:?}: {err}");
        assert!(err.contains(&format!("`{bad}`")), "{bad:?}: {err}");
    }
}

#[test]
fn unknown_step_exits_2_and_lists_the_steps() {
    let env = TestEnv::new();
    for args in [&["assess", "--step", "akutt"][..], &["show", "akutt"]] {
        let err = env.fails(args, 2);
        assert!(err.contains("okänt steg `akutt`"), "{err}");
        assert!(
            err.contains("akut,") && err.contains("langsiktigt"),
            "{err}"
        );
    }
}

#[test]
fn unknown_role_exits_2_and_lists_the_actors() {
    let env = TestEnv::new();
    for args in [
        &["assess", "--role", "polis"][..],
        &["--role", "polis", "steps"],
        &["--role", "polis"],
    ] {
        let err = env.fails(args, 2);
        assert!(err.contains("okänd aktör `polis`"), "{args:?}: {err}");
        assert!(
            err.contains("polisen") && err.contains("socialtjansten"),
            "{err}"
        );
    }
}

#[test]
fn bad_format_is_a_usage_error() {
    let env = TestEnv::new();
    env.cmd(&["assess", "--format", "yaml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("yaml"));
    env.cmd(&["steps", "--format", "markdown"])
        .assert()
        .code(2)
        .stdout("");
}
