//! include/sciport.h must be exactly what cbindgen generates from src/capi, and
//! the version macros must match Cargo.toml. `SCIPORT_BLESS=1` rewrites the header.

use std::path::Path;

fn generate() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let config =
        cbindgen::Config::from_file(Path::new(root).join("cbindgen.toml")).expect("cbindgen.toml");
    let bindings = cbindgen::Builder::new()
        .with_crate(root)
        .with_config(config)
        .generate()
        .expect("cbindgen failed to parse src/capi");
    let mut bytes = Vec::new();
    bindings.write(&mut bytes);
    String::from_utf8(bytes).expect("header is UTF-8")
}

#[test]
fn committed_header_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/sciport.h");
    let generated = generate();
    if std::env::var_os("SCIPORT_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write include/sciport.h");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "include/sciport.h is stale: run `SCIPORT_BLESS=1 cargo test --test header` and commit it"
    );
}

#[test]
fn version_macros_match_cargo_toml() {
    let header =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("include/sciport.h"))
            .unwrap();
    for (name, value) in [
        ("SCIPORT_VERSION_MAJOR", env!("CARGO_PKG_VERSION_MAJOR")),
        ("SCIPORT_VERSION_MINOR", env!("CARGO_PKG_VERSION_MINOR")),
        ("SCIPORT_VERSION_PATCH", env!("CARGO_PKG_VERSION_PATCH")),
    ] {
        let line = format!("#define {name} {value}");
        assert!(header.contains(&line), "header lacks `{line}`");
    }
    let runtime = unsafe { std::ffi::CStr::from_ptr(sciport::capi::runtime::sciport_version()) };
    assert_eq!(runtime.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
}
