//! The UniFFI bindings generator, pinned to the same UniFFI version as the
//! library: `cargo run -p guide-ffi --bin uniffi-bindgen -- generate --library …`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
