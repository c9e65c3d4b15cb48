//! Signed packs end to end through `Guide`: build, verify, install, update,
//! export — and every refusal, each asserting the typed error AND that what
//! the person can find is exactly the same before and after the attempt.
//!
//! All records here are synthetic test fixtures, labelled as such.

use guide_core::model::{Details, ListingDetails};
use guide_core::pack::PackError;
use guide_core::pack::build::{BuildOptions, build_pack};
use guide_core::pack::format::{self, PackParts};
use guide_core::pack::keys::{PublicKey, SecretKey};
use guide_core::pack::trust::Statement;
use guide_core::pack::verify::Limits;
use guide_core::{Error, Guide, GuideOptions, PackContent, PackInfo, Record};

const ROOT_SEED: [u8; 32] = [11; 32];
const CITY_SEED: [u8; 32] = [22; 32];
const STRANGER_SEED: [u8; 32] = [33; 32];

fn root() -> SecretKey {
    SecretKey::from_seed(&ROOT_SEED)
}

fn city() -> SecretKey {
    SecretKey::from_seed(&CITY_SEED)
}

use guide_core::testing::fixtures;

fn listing(id: &str, name: &str, summary: &str) -> Record {
    fixtures::english_record(
        id,
        &["legal-help"],
        fixtures::text(name, summary, ""),
        Details::Listing(ListingDetails {
            category: "legal-clinic".into(),
            latitude: Some(39.29),
            longitude: Some(-76.61),
            ..Default::default()
        }),
    )
}

fn content(pack_id: &str, version: u64, summary: &str) -> PackContent {
    PackContent {
        info: PackInfo {
            pack_id: pack_id.into(),
            publisher: "Test City (fixture)".into(),
            version,
            source_language: "en".into(),
            languages: vec!["en".into()],
            area: Some("Fixture County".into()),
            expires: None,
        },
        records: vec![
            listing("fixture-clinic-zephyr", "Zephyr Fixture Clinic", summary),
            listing(
                "fixture-clinic-quokka",
                "Quokka Fixture Clinic",
                "Walk-in advice on Tuesdays.",
            ),
        ],
    }
}

fn options(statement: Option<Vec<u8>>, expires: &str) -> BuildOptions {
    BuildOptions {
        version: None,
        created: "2026-11-20T10:00:00Z".parse().unwrap(),
        expires: expires.parse().unwrap(),
        statement,
        compression_level: 3,
    }
}

fn delegation(serial: u64, key: &PublicKey, ids: &[&str], expires: &str) -> Vec<u8> {
    Statement::Delegation {
        serial,
        publisher_key: key.to_text(),
        name: "Test City (fixture)".into(),
        pack_ids: ids.iter().map(|s| s.to_string()).collect(),
        expires: expires.into(),
    }
    .sign(&root())
}

/// A city pack signed by the city key, carrying its root delegation for `us-md`.
fn city_pack(pack_id: &str, version: u64, summary: &str) -> Vec<u8> {
    let statement = delegation(1, &city().public_key(), &["us-md"], "2030-01-01");
    build_pack(
        &content(pack_id, version, summary),
        &city(),
        &options(Some(statement), "2030-01-01"),
        &mut |_, _| {},
    )
    .unwrap()
}

fn open_with(dir: &std::path::Path, limits: Limits) -> Guide {
    Guide::open_with(
        dir,
        vec!["en".into()],
        GuideOptions {
            extra_roots: vec![root().public_key()],
            limits,
            ..GuideOptions::default()
        },
    )
    .unwrap()
}

fn open(dir: &std::path::Path) -> Guide {
    open_with(dir, Limits::default())
}

/// Everything a person could observe: results of a few searches and the packs list.
/// Results (id, title, snippet) per search, and (pack id, version, records) per pack.
type Observable = (Vec<Vec<(String, String, String)>>, Vec<(String, u64, u64)>);

fn observable(guide: &Guide) -> Observable {
    let searches = ["zephyr", "quokka", "clinic", "notario", "tuesdays"]
        .iter()
        .map(|q| {
            guide
                .search(q, &[], 20)
                .unwrap()
                .into_iter()
                .map(|h| (h.id, h.title, h.snippet))
                .collect()
        })
        .collect();
    let packs = guide
        .packs()
        .unwrap()
        .into_iter()
        .map(|p| (p.pack.info.pack_id, p.pack.version, p.pack.records))
        .collect();
    (searches, packs)
}

/// Installs v3 of the city pack, then asserts `file` is refused with an
/// error matching `expected` and that nothing observable changed.
fn assert_refused(file: &[u8], expected: impl Fn(&PackError) -> bool) {
    let dir = tempfile::tempdir().unwrap();
    let guide = open(dir.path());
    guide
        .install_pack(&city_pack("us-md-baltimore", 3, "Free consultations."))
        .unwrap();
    assert_refused_on(&guide, file, expected);
}

fn assert_refused_on(guide: &Guide, file: &[u8], expected: impl Fn(&PackError) -> bool) {
    let before = observable(guide);
    match guide.install_pack(file) {
        Err(Error::Pack(err)) => assert!(expected(&err), "unexpected refusal: {err}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(
        before,
        observable(guide),
        "a refused pack changed what is visible"
    );
}

/// Rewrites the manifest with `edit` and re-signs it with `key`.
fn resign(file: &[u8], key: &SecretKey, edit: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
    let parts = PackParts::parse(file).unwrap();
    let mut manifest: serde_json::Value = serde_json::from_slice(parts.manifest).unwrap();
    edit(&mut manifest);
    let bytes = serde_json::to_vec(&manifest).unwrap();
    format::write(
        &bytes,
        &key.public_key(),
        &key.sign(&bytes),
        parts.statement,
        parts.payload,
    )
}

#[test]
fn round_trip_build_verify_install_update() {
    let dir = tempfile::tempdir().unwrap();
    let guide = open(dir.path());
    assert!(guide.search("zephyr", &[], 5).unwrap().is_empty());

    let v1 = city_pack("us-md-baltimore", 1, "Free consultations on Mondays.");
    let installed = guide.install_pack(&v1).unwrap();
    assert_eq!(
        (installed.version, installed.replaced, installed.records),
        (1, None, 2)
    );
    let hits = guide.search("zephyr", &[], 5).unwrap();
    assert_eq!(hits[0].id, "fixture-clinic-zephyr");
    assert_eq!(hits[0].pack, "us-md-baltimore");
    // The bundled pack still answers beside it.
    assert_eq!(
        guide.search("notario", &[], 1).unwrap()[0].id,
        "notario-fraud"
    );

    let v2 = city_pack("us-md-baltimore", 2, "Free consultations on Wednesdays.");
    let installed = guide.install_pack(&v2).unwrap();
    assert_eq!((installed.version, installed.replaced), (2, Some(1)));
    assert_eq!(
        guide.search("wednesdays", &[], 5).unwrap()[0].id,
        "fixture-clinic-zephyr"
    );
    assert!(
        !guide
            .search("mondays", &[], 50)
            .unwrap()
            .iter()
            .any(|h| h.id == "fixture-clinic-zephyr"),
        "old text must be gone"
    );
}

#[test]
fn export_writes_the_file_unchanged_and_another_device_verifies_it_the_same_way() {
    let first = tempfile::tempdir().unwrap();
    let guide = open(first.path());
    let file = city_pack("us-md-baltimore", 4, "Free consultations.");
    guide.install_pack(&file).unwrap();
    let exported = guide.export_pack("us-md-baltimore").unwrap();
    assert_eq!(exported, file);

    let second = tempfile::tempdir().unwrap();
    let other = open(second.path());
    other.install_pack(&exported).unwrap();
    assert_eq!(
        other.search("quokka", &[], 1).unwrap()[0].id,
        "fixture-clinic-quokka"
    );

    // A tampered export is refused on the receiving phone like any file.
    let mut tampered = exported;
    let last = tampered.len() - 1;
    tampered[last] ^= 0x40;
    let third = tempfile::tempdir().unwrap();
    assert!(matches!(
        open(third.path()).install_pack(&tampered),
        Err(Error::Pack(PackError::HashMismatch))
    ));
    assert!(matches!(
        guide.export_pack("us-default"),
        Err(Error::Pack(PackError::Bundled(_)))
    ));
    assert!(matches!(
        guide.export_pack("nope"),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn packs_sit_side_by_side_and_remove_takes_exactly_one() {
    let dir = tempfile::tempdir().unwrap();
    let guide = open(dir.path());
    guide
        .install_pack(&city_pack("us-md-baltimore", 1, "Free consultations."))
        .unwrap();
    let mut county = content("us-md-county", 1, "County help.");
    for record in &mut county.records {
        record.id = record.id.replace("fixture-clinic", "fixture-county-clinic");
    }
    let statement = delegation(1, &city().public_key(), &["us-md"], "2030-01-01");
    guide
        .install_pack(
            &build_pack(
                &county,
                &city(),
                &options(Some(statement), "2030-01-01"),
                &mut |_, _| {},
            )
            .unwrap(),
        )
        .unwrap();
    assert_eq!(guide.search("zephyr", &[], 10).unwrap().len(), 2);
    guide.remove_pack("us-md-county").unwrap();
    let ids: Vec<String> = guide
        .search("zephyr", &[], 10)
        .unwrap()
        .into_iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(ids, ["fixture-clinic-zephyr"]);
    assert!(matches!(
        guide.remove_pack("us-md-county"),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn tampered_payload_byte_is_refused() {
    let mut file = city_pack("us-md-baltimore", 4, "Free consultations.");
    let at = file.len() - 10;
    file[at] ^= 1;
    assert_refused(&file, |e| *e == PackError::HashMismatch);
}

#[test]
fn tampered_manifest_byte_is_refused() {
    let mut file = city_pack("us-md-baltimore", 4, "Free consultations.");
    let at = file.windows(9).position(|w| w == b"\"version\"").unwrap() + 12;
    file[at] ^= 1;
    assert_refused(&file, |e| matches!(e, PackError::BadSignature { .. }));
}

#[test]
fn signature_from_an_untrusted_key_is_refused() {
    let stranger = SecretKey::from_seed(&STRANGER_SEED);
    let file = build_pack(
        &content("us-md-baltimore", 9, "Fake clinic."),
        &stranger,
        &options(None, "2030-01-01"),
        &mut |_, _| {},
    )
    .unwrap();
    assert_refused(&file, |e| matches!(e, PackError::UnknownKey { .. }));

    // A delegation signed by a root this app does not trust does not help.
    let fake_root = SecretKey::from_seed(&[44; 32]);
    let fake = Statement::Delegation {
        serial: 9,
        publisher_key: stranger.public_key().to_text(),
        name: "Impostor".into(),
        pack_ids: vec!["us".into()],
        expires: "2030-01-01".into(),
    }
    .sign(&fake_root);
    let file = build_pack(
        &content("us-md-baltimore", 9, "Fake clinic."),
        &stranger,
        &options(Some(fake), "2030-01-01"),
        &mut |_, _| {},
    )
    .unwrap();
    assert_refused(&file, |e| matches!(e, PackError::UnknownKey { .. }));
}

#[test]
fn valid_signature_for_a_pack_id_outside_the_delegation_is_refused() {
    let file = city_pack("us-ny-nyc", 1, "Not Baltimore.");
    assert_refused(
        &file,
        |e| matches!(e, PackError::NotAllowed { pack_id, .. } if pack_id == "us-ny-nyc"),
    );
    // A prefix covers whole segments only.
    let file = city_pack("us-mdx", 1, "Sneaky.");
    assert_refused(&file, |e| matches!(e, PackError::NotAllowed { .. }));
}

#[test]
fn older_version_is_refused_as_rollback() {
    let file = city_pack("us-md-baltimore", 2, "Old consultations.");
    assert_refused(&file, |e| {
        matches!(
            e,
            PackError::Rollback {
                installed: 3,
                offered: 2,
                ..
            }
        )
    });
}

#[test]
fn same_version_with_different_content_is_refused() {
    let file = city_pack("us-md-baltimore", 3, "Different consultations.");
    assert_refused(&file, |e| {
        matches!(e, PackError::SameVersionDifferent { version: 3, .. })
    });
}

#[test]
fn the_same_file_again_is_a_harmless_no_op() {
    let dir = tempfile::tempdir().unwrap();
    let guide = open(dir.path());
    let file = city_pack("us-md-baltimore", 3, "Free consultations.");
    guide.install_pack(&file).unwrap();
    let before = observable(&guide);
    guide.install_pack(&file).unwrap();
    assert_eq!(before, observable(&guide));
}

#[test]
fn truncated_files_are_refused_at_every_offset_tried() {
    let file = city_pack("us-md-baltimore", 4, "Free consultations.");
    let payload_start = file.len() - PackParts::parse(&file).unwrap().payload.len();
    let offsets = [
        0,
        4,
        8,
        11,
        20,
        payload_start - 60,
        payload_start - 1,
        payload_start,
        payload_start + 5,
        file.len() - 1,
    ];
    for len in offsets {
        assert_refused(&file[..len], |e| {
            matches!(e, PackError::Truncated { .. } | PackError::NotAPack) && e.is_invalid()
        });
    }
}

#[test]
fn a_payload_that_decompresses_past_its_declared_size_is_refused() {
    // A zstd bomb: 16 MiB of one endless JSON string compresses to a few
    // hundred bytes; the manifest (validly signed) claims 2 KiB.
    let mut bomb_text = b"{\"type\":\"record\",\"id\":\"".to_vec();
    bomb_text.resize(16 * 1024 * 1024, b'a');
    let bomb = zstd::encode_all(&bomb_text[..], 19).unwrap();
    let file = city_pack("us-md-baltimore", 4, "Free consultations.");
    let parts = PackParts::parse(&file).unwrap();
    let mut manifest: serde_json::Value = serde_json::from_slice(parts.manifest).unwrap();
    manifest["payload"]["size"] = bomb.len().into();
    manifest["payload"]["uncompressed_size"] = 2048.into();
    manifest["payload"]["sha256"] = guide_core::pack::verify::sha256_hex(&bomb).into();
    let bytes = serde_json::to_vec(&manifest).unwrap();
    let file = format::write(
        &bytes,
        &city().public_key(),
        &city().sign(&bytes),
        parts.statement,
        &bomb,
    );
    assert_refused(&file, |e| {
        matches!(e, PackError::Inflated { declared: 2048 })
    });

    // Declaring the real size is refused too, before decompressing, by the hard limit.
    let limits = Limits {
        max_payload: 1 << 20,
        max_uncompressed: 1 << 20,
    };
    let honest = resign(&file, &city(), |m| {
        m["payload"]["uncompressed_size"] = (16 * 1024 * 1024).into()
    });
    let dir = tempfile::tempdir().unwrap();
    let guide = open_with(dir.path(), limits);
    assert_refused_on(&guide, &honest, |e| matches!(e, PackError::TooLarge { .. }));
}

#[test]
fn unknown_format_version_is_refused() {
    let file = resign(&city_pack("us-md-baltimore", 4, "x"), &city(), |m| {
        m["format"] = 9.into()
    });
    assert_refused(&file, |e| {
        matches!(
            e,
            PackError::UnsupportedFormat {
                found: 9,
                supported: 1
            }
        )
    });
}

#[test]
fn a_manifest_that_is_not_json_is_refused() {
    let file = city_pack("us-md-baltimore", 4, "x");
    let parts = PackParts::parse(&file).unwrap();
    let garbage = b"{ this is not json";
    let file = format::write(
        garbage,
        &city().public_key(),
        &city().sign(garbage),
        parts.statement,
        parts.payload,
    );
    assert_refused(&file, |e| matches!(e, PackError::BadManifest(_)));
}

#[test]
fn a_pack_needing_a_newer_app_is_refused() {
    let file = resign(&city_pack("us-md-baltimore", 4, "x"), &city(), |m| {
        m["min_core_version"] = "99.0.0".into()
    });
    assert_refused(&file, |e| matches!(e, PackError::NeedsNewerApp { .. }));
}

#[test]
fn a_revoked_publisher_key_is_refused_even_with_its_old_delegation() {
    let dir = tempfile::tempdir().unwrap();
    let guide = open(dir.path());
    guide
        .install_pack(&city_pack("us-md-baltimore", 3, "Free consultations."))
        .unwrap();
    let revocation = Statement::Revocation {
        serial: 2,
        publisher_key: city().public_key().to_text(),
        reason: "key lost (fixture)".into(),
    }
    .sign(&root());
    guide.import_statement(&revocation).unwrap();
    // Replaying the older delegation afterwards does not undo the revocation.
    let old = delegation(1, &city().public_key(), &["us-md"], "2030-01-01");
    assert!(matches!(
        guide.import_statement(&old),
        Err(Error::Pack(PackError::StaleStatement {
            kept: 2,
            offered: 1,
            ..
        }))
    ));
    let file = city_pack("us-md-baltimore", 4, "Now run by a thief.");
    assert_refused_on(&guide, &file, |e| matches!(e, PackError::Revoked { .. }));
}

#[test]
fn an_expired_delegation_is_refused() {
    let expired = |serial| {
        build_pack(
            &content("us-md-baltimore", 5, "x"),
            &city(),
            &options(
                Some(delegation(
                    serial,
                    &city().public_key(),
                    &["us-md"],
                    "2020-01-01",
                )),
                "2030-01-01",
            ),
            &mut |_, _| {},
        )
        .unwrap()
    };
    // A device that knows the key only from this pack's expired delegation.
    let dir = tempfile::tempdir().unwrap();
    assert_refused_on(
        &open(dir.path()),
        &expired(1),
        |e| matches!(e, PackError::DelegationExpired { expired, .. } if expired == "2020-01-01"),
    );
    // A device holding a valid delegation (serial 1) that meets a newer one
    // (serial 2) ending the delegation: the newer statement wins.
    assert_refused(&expired(2), |e| {
        matches!(e, PackError::DelegationExpired { .. })
    });
}

#[test]
fn a_locally_trusted_key_may_sign_its_prefix_only() {
    let dir = tempfile::tempdir().unwrap();
    let guide = open(dir.path());
    let dev = SecretKey::from_seed(&STRANGER_SEED);
    guide
        .trust_key(dev.public_key(), vec!["dev".into()])
        .unwrap();
    let build = |id: &str| {
        build_pack(
            &content(id, 1, "Dev pack."),
            &dev,
            &options(None, "2030-01-01"),
            &mut |_, _| {},
        )
        .unwrap()
    };
    guide.install_pack(&build("dev-test")).unwrap();
    assert!(matches!(
        guide.install_pack(&build("us-md-baltimore")),
        Err(Error::Pack(PackError::NotAllowed { .. }))
    ));
}

#[test]
fn an_expired_pack_still_answers_and_is_marked_stale() {
    let dir = tempfile::tempdir().unwrap();
    let guide = open(dir.path());
    let statement = delegation(1, &city().public_key(), &["us-md"], "2030-01-01");
    let file = build_pack(
        &content("us-md-baltimore", 1, "Free consultations."),
        &city(),
        &options(Some(statement), "2025-06-01"),
        &mut |_, _| {},
    )
    .unwrap();
    guide.install_pack(&file).unwrap();
    assert_eq!(
        guide.search("zephyr", &[], 1).unwrap()[0].id,
        "fixture-clinic-zephyr"
    );
    let status = guide
        .packs()
        .unwrap()
        .into_iter()
        .find(|p| p.pack.info.pack_id == "us-md-baltimore")
        .unwrap();
    assert_eq!(status.stale_since.as_deref(), Some("2025-06-01"));
    let bundled = guide
        .packs()
        .unwrap()
        .into_iter()
        .find(|p| p.bundled)
        .unwrap();
    assert_eq!(bundled.stale_since, None);
}

#[test]
fn a_wound_back_clock_does_not_hide_staleness() {
    let dir = tempfile::tempdir().unwrap();
    let guide = open(dir.path());
    // A trusted pack built "in 2029" proves the real date is at least that.
    let mut future = options(
        Some(delegation(
            1,
            &city().public_key(),
            &["us-md"],
            "2031-01-01",
        )),
        "2030-06-01",
    );
    future.created = "2029-03-01T00:00:00Z".parse().unwrap();
    let mut county = content("us-md-county", 1, "County.");
    for record in &mut county.records {
        record.id = record.id.replace("fixture-clinic", "fixture-county-clinic");
    }
    guide
        .install_pack(&build_pack(&county, &city(), &future, &mut |_, _| {}).unwrap())
        .unwrap();
    // This pack expires in 2028: fresh by the device clock (2026), stale by the floor.
    let file = build_pack(
        &content("us-md-baltimore", 1, "x"),
        &city(),
        &options(
            Some(delegation(
                1,
                &city().public_key(),
                &["us-md"],
                "2031-01-01",
            )),
            "2028-01-01",
        ),
        &mut |_, _| {},
    )
    .unwrap();
    guide.install_pack(&file).unwrap();
    let status = guide
        .packs()
        .unwrap()
        .into_iter()
        .find(|p| p.pack.info.pack_id == "us-md-baltimore")
        .unwrap();
    assert_eq!(status.stale_since.as_deref(), Some("2028-01-01"));
}
