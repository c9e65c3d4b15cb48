//! Turns `content/default/` into the default pack embedded in the core, so a
//! fresh install answers every query with no other step — and a mistake in a
//! content file fails the build with that file and line.
//!
//! It reads content with the `guide-content` crate, as `guide pack build`
//! does, so the build and the publisher's tool can never read content
//! differently.

mod ui_strings;

use guide_content::{source, taxonomy};

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let content = manifest_dir.join("../content");
    let taxonomy_path = content.join("taxonomy.toml");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    ui_strings::embed(&content.join("strings"), &out_dir.join("ui_strings.rs")).unwrap_or_else(
        |err| {
            eprintln!("error: the UI strings are invalid: {err}");
            std::process::exit(1);
        },
    );
    // A city building its own app may point this at its own pack sources.
    println!("cargo::rerun-if-env-changed=GUIDE_DEFAULT_PACK_DIR");
    let pack_dir = std::env::var_os("GUIDE_DEFAULT_PACK_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| content.join("default"));
    println!("cargo::rerun-if-changed={}", taxonomy_path.display());
    println!("cargo::rerun-if-changed={}", pack_dir.display());

    let taxonomy_text = std::fs::read_to_string(&taxonomy_path)
        .unwrap_or_else(|err| fail(&format!("{}: {err}", taxonomy_path.display())));
    let taxonomy = taxonomy::Taxonomy::parse(&taxonomy_text)
        .unwrap_or_else(|err| fail(&format!("{}: {err}", taxonomy_path.display())));
    let pack =
        source::read_pack_dir(&pack_dir, &taxonomy).unwrap_or_else(|err| fail(&err.to_string()));

    // Compressed: as plain JSON it was 1.46 MB of the shipped library.
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"))
        .join("default_pack.json.gz");
    let json = serde_json::to_vec(&pack).unwrap_or_else(|err| fail(&err.to_string()));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &json).unwrap_or_else(|err| fail(&err.to_string()));
    let compressed = gz.finish().unwrap_or_else(|err| fail(&err.to_string()));
    std::fs::write(&out, compressed)
        .unwrap_or_else(|err| fail(&format!("{}: {err}", out.display())));
    // Its id and version as constants, so opening the store can tell
    // whether to install it without inflating and parsing it.
    let info = out.with_file_name("default_pack_info.rs");
    let constants = format!(
        "/// The bundled pack's id (from `content/default/pack.toml`).\n\
         pub const DEFAULT_PACK_ID: &str = {:?};\n\
         /// The bundled pack's version.\n\
         pub const DEFAULT_PACK_VERSION: u64 = {};\n",
        pack.info.pack_id, pack.info.version
    );
    std::fs::write(&info, constants)
        .unwrap_or_else(|err| fail(&format!("{}: {err}", info.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: the default content pack is invalid: {message}");
    std::process::exit(1);
}
