//! Nothing written, nothing sent: the crate depends on no networking crate, and every subcommand that
//! is not an explicit export runs without creating or changing a file in the working directory, the
//! home directory, the XDG directories or the temp directory.

#[path = "../common/help.rs"]
mod help;
mod writes;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::process::Command;

use serde_json::Value;

/// Crates that open sockets, speak HTTP/TLS or run an async network runtime.
const NETWORK_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "hyper-tls",
    "hyper-rustls",
    "h2",
    "h3",
    "http-body",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "attohttpc",
    "surf",
    "http-client",
    "minreq",
    "tokio",
    "tokio-util",
    "async-std",
    "async-net",
    "smol",
    "socket2",
    "native-tls",
    "openssl",
    "openssl-sys",
    "rustls",
    "tokio-rustls",
    "webpki-roots",
    "tungstenite",
    "tokio-tungstenite",
    "websocket",
    "quinn",
    "trust-dns-resolver",
    "hickory-resolver",
    "lettre",
    "ssh2",
    "libssh2-sys",
    "git2",
    "zmq",
    "nats",
    "sentry",
    "opentelemetry",
];

/// Crates that are fine for terminal I/O but network-capable with a feature: (crate, feature, the
/// only crates allowed to depend on it with that feature on). crossterm waits for key presses and
/// SIGWINCH through mio; signal-hook-mio turns on mio's `net` for one thing, `UnixStream::pair()`, the
/// self-pipe that carries signals inside the process — a local socket pair, no network. Any other
/// crate depending on mio (tokio, say, which is denied anyway) fails the test.
const NETWORK_FEATURES: &[(&str, &str, &[&str])] = &[
    ("mio", "net", &["crossterm", "signal-hook-mio"]),
    ("polling", "net", &[]),
    ("rustix", "net", &[]),
];

#[test]
fn no_networking_crate_in_the_dependency_graph() {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo metadata");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata JSON");

    let names: HashMap<&str, &str> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p["name"].as_str()?)))
        .collect();
    let nodes: HashMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .expect("resolve.nodes")
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let root = names
        .iter()
        .find(|(_, name)| **name == "vagvisare")
        .map(|(id, _)| *id)
        .expect("the vagvisare package");

    // Walk normal (not dev, not build) dependency edges from the crate: what the lib and bin link.
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut path_to: BTreeMap<&str, &str> = BTreeMap::new();
    let mut dependents: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut todo = vec![root];
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        let Some(node) = nodes.get(id) else { continue };
        for dep in node["deps"].as_array().into_iter().flatten() {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            if let (true, Some(pkg)) = (normal, dep["pkg"].as_str()) {
                path_to.entry(pkg).or_insert(id);
                dependents
                    .entry(pkg)
                    .or_default()
                    .insert(names.get(id).copied().unwrap_or("?"));
                todo.push(pkg);
            }
        }
    }
    assert!(seen.len() > 5, "suspiciously few dependencies: {seen:?}");

    let offenders: Vec<String> = seen
        .iter()
        .filter_map(|id| {
            let name = names.get(id)?;
            let features: Vec<&str> = nodes
                .get(id)
                .and_then(|n| n["features"].as_array())
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let net_feature = NETWORK_FEATURES.iter().find(|(c, f, allowed)| {
                c == name
                    && features.contains(f)
                    && !dependents
                        .get(id)
                        .is_some_and(|d| d.iter().all(|p| allowed.contains(p)))
            });
            (NETWORK_CRATES.contains(name) || net_feature.is_some()).then(|| {
                let via = path_to.get(id).and_then(|p| names.get(p)).unwrap_or(&"?");
                match net_feature {
                    Some((_, f, _)) => format!(
                        "{name} with feature `{f}` (used by {:?})",
                        dependents.get(id)
                    ),
                    None => format!("{name} (pulled in by {via})"),
                }
            })
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "networking crates in vagvisare's dependency graph: {}",
        offenders.join(", ")
    );
}
