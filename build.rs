//! Gives the shared library its SONAME and makes the versioned name resolvable
//! from the build tree (`target/<profile>/libsciport.so.0 -> libsciport.so`).

use std::path::PathBuf;

const SONAME: &str = "libsciport.so.0";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if target_os != "linux" {
        return;
    }
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,{SONAME}");
    if let Some(profile_dir) = profile_dir() {
        let link = profile_dir.join(SONAME);
        if std::fs::symlink_metadata(&link).is_err() {
            // Dangling until the cdylib is linked; harmless if creation fails.
            let _ = std::os::unix::fs::symlink("libsciport.so", &link);
        }
    }
}

/// `OUT_DIR` is `target/<profile>/build/sciport-<hash>/out`.
fn profile_dir() -> Option<PathBuf> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR")?);
    Some(out.ancestors().nth(3)?.to_path_buf())
}
