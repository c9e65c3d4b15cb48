//! The dependency check (replaces `tests/privacy.sh`'s grep; run by
//! `tests/run.sh` as its own step): from `cargo metadata`, offline and locked,
//!
//! 1. **bans**: neither `guide-core` nor `guide-ffi` depends, directly or
//!    not, through normal (shipped) dependencies, on a crate that opens
//!    network connections — the core never opens a socket;
//! 2. **licenses**: every crate any workspace member builds or ships is
//!    under a license on the allow-list below (an `OR` needs one allowed
//!    branch, an `AND` all of its parts).
//!
//! cargo-deny does both, but installing it from source took 803 s (141
//! crates) on the project's 2-core machine, and its advisories need a
//! network anyway; this is the same check over the same metadata.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use serde_json::Value;

/// Crates that open network connections (HTTP clients and servers, TLS,
/// async runtimes' sockets, WebSockets, QUIC).
const BANNED: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "h2",
    "h3",
    "quinn",
    "socket2",
    "attohttpc",
    "minreq",
    "tokio",
    "tokio-native-tls",
    "tokio-rustls",
    "native-tls",
    "rustls",
    "async-std",
    "mio",
    "tungstenite",
    "tokio-tungstenite",
];

/// Licenses the project may ship or build with: permissive, plus MPL-2.0
/// (file-level copyleft, compatible with the AGPL) and our own AGPL.
const ALLOWED: &[&str] = &[
    "0BSD",
    "AGPL-3.0-or-later",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-1-Clause",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "MIT",
    "MPL-2.0",
    "Unicode-3.0",
    "Unlicense",
    "Zlib",
    "zlib-acknowledgement",
];

/// Shipped crates: the two whose dependencies end up in the apps.
const SHIPPED: &[&str] = &["guide-core", "guide-ffi"];

struct Metadata {
    /// Package id → (name, license expression).
    packages: BTreeMap<String, (String, Option<String>)>,
    /// Package id → (dependency id, normal?, build?).
    deps: BTreeMap<String, Vec<(String, bool, bool)>>,
    members: Vec<String>,
}

fn metadata() -> Metadata {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let packages = json["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_string(),
                (
                    p["name"].as_str().unwrap().to_string(),
                    p["license"].as_str().map(str::to_string),
                ),
            )
        })
        .collect();
    let deps = json["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            let deps = node["deps"]
                .as_array()
                .unwrap()
                .iter()
                .map(|dep| {
                    let kinds: Vec<Option<&str>> = dep["dep_kinds"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|k| k["kind"].as_str())
                        .collect();
                    (
                        dep["pkg"].as_str().unwrap().to_string(),
                        kinds.contains(&None),
                        kinds.contains(&Some("build")),
                    )
                })
                .collect();
            (node["id"].as_str().unwrap().to_string(), deps)
        })
        .collect();
    let members = json["workspace_members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_string())
        .collect();
    Metadata {
        packages,
        deps,
        members,
    }
}

/// Every package reachable from `roots` through normal (and, with
/// `build`, build) dependencies, with the path that reaches it.
fn reachable(meta: &Metadata, roots: &[String], build: bool) -> BTreeMap<String, Vec<String>> {
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut stack: Vec<(String, Vec<String>)> = roots
        .iter()
        .map(|root| (root.clone(), vec![meta.packages[root].0.clone()]))
        .collect();
    while let Some((id, path)) = stack.pop() {
        if seen.contains_key(&id) {
            continue;
        }
        for (dep, normal, is_build) in meta.deps.get(&id).into_iter().flatten() {
            if *normal || (build && *is_build) {
                let mut next = path.clone();
                next.push(meta.packages[dep].0.clone());
                stack.push((dep.clone(), next));
            }
        }
        seen.insert(id, path);
    }
    seen
}

/// Whether an SPDX expression is satisfied by the allow-list (`/` is the
/// old spelling of `OR`).
fn allowed(expression: &str) -> bool {
    let expression = expression.replace(['(', ')'], " ").replace('/', " OR ");
    expression.split(" OR ").any(|branch| {
        branch
            .split(" AND ")
            .all(|license| ALLOWED.contains(&license.trim()))
    })
}

#[test]
fn no_networking_crate_in_the_core_or_the_bindings() {
    let meta = metadata();
    for shipped in SHIPPED {
        let root = meta
            .members
            .iter()
            .find(|id| meta.packages[*id].0 == *shipped)
            .unwrap_or_else(|| panic!("{shipped} is a workspace member"));
        let deps = reachable(&meta, std::slice::from_ref(root), false);
        let banned: Vec<String> = deps
            .iter()
            .filter(|(id, _)| BANNED.contains(&meta.packages[*id].0.as_str()))
            .map(|(_, path)| path.join(" -> "))
            .collect();
        assert!(
            banned.is_empty(),
            "PRIVACY: {shipped} depends on networking crates: {banned:#?}"
        );
        println!("{shipped}: {} crates, none networking", deps.len());
    }
}

#[test]
fn every_crate_built_or_shipped_has_an_allowed_license() {
    let meta = metadata();
    let all = reachable(&meta, &meta.members, true);
    let refused: BTreeSet<String> = all
        .iter()
        .filter(|(id, _)| !meta.packages[*id].1.as_deref().is_some_and(allowed))
        .map(|(id, path)| {
            let (name, license) = &meta.packages[id];
            format!(
                "{name}: {} (via {})",
                license.as_deref().unwrap_or("no license stated"),
                path.join(" -> ")
            )
        })
        .collect();
    assert!(
        refused.is_empty(),
        "LICENSES not on the allow-list: {refused:#?}"
    );
    println!("{} crates, every license allowed", all.len());
}

#[test]
fn the_license_check_reads_spdx_expressions() {
    assert!(allowed("MIT OR Apache-2.0"));
    assert!(allowed("(MIT OR Apache-2.0) AND Unicode-3.0"));
    assert!(allowed("Apache-2.0/MIT"));
    assert!(allowed(
        "Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT"
    ));
    assert!(!allowed("GPL-3.0-only"));
    assert!(!allowed("MIT AND GPL-3.0-only"));
    assert!(allowed("MIT OR GPL-3.0-only"));
}
