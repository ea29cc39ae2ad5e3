//! Compiles and runs the C tests in `tests/c/*.c` and the C++ binding's tests
//! (`bindings/cpp/tests/test_sciport.cpp`) against the shared library, with
//! `-Wall -Wextra -Werror -pedantic` and AddressSanitizer + UBSan (leak
//! checking on), runs the C tests once more under valgrind when it is
//! installed, and checks that `include/sciport.h` compiles alone as C99 and
//! C++17.
//!
//! The library: when cargo builds this test it also builds the `sciport` lib
//! with all its crate types, but writes the fresh cdylib only to
//! `target/<profile>/deps/libsciport.so` (the copy in `target/<profile>/` is
//! refreshed by `cargo build` alone and may be stale). The programs are
//! therefore linked against a snapshot of the `deps/` copy in
//! `target/ctests/lib/`, named by its SONAME `libsciport.so.0`.
//!
//! Compilers: `$CC` (default `cc`) and `$CXX` (default `c++`). Sanitizers are
//! skipped, with a note, only when the compiler cannot build with them.

#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Flags every C test is compiled with.
const C_FLAGS: &[&str] = &["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic"];
/// Flags for C++ code (the language standard is added per build).
const CXX_FLAGS: &[&str] = &["-Wall", "-Wextra", "-Werror", "-pedantic"];
/// AddressSanitizer + UBSan, with UB fatal.
const SANITIZE: &[&str] = &[
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-fno-omit-frame-pointer",
    "-g",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `target/<profile>/deps`, where this test binary and the fresh cdylib live.
fn deps_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("path of the test binary");
    exe.parent()
        .expect("test binary has a parent directory")
        .to_path_buf()
}

/// `target/ctests`: everything this test builds.
fn build_dir() -> PathBuf {
    let target = deps_dir()
        .ancestors()
        .nth(2)
        .expect("target directory")
        .to_path_buf();
    let dir = target.join("ctests");
    std::fs::create_dir_all(&dir).expect("create target/ctests");
    dir
}

fn c_compiler() -> String {
    std::env::var("CC").unwrap_or_else(|_| "cc".to_string())
}

fn cxx_compiler() -> String {
    std::env::var("CXX").unwrap_or_else(|_| "c++".to_string())
}

/// Copies `from` to `to` through a per-process temporary and a rename, so a
/// program already running keeps its mapping and a concurrent run never sees a
/// half-written file.
fn copy_replace(from: &Path, to: &Path) {
    let tmp = to.with_extension(format!("tmp{}", std::process::id()));
    std::fs::copy(from, &tmp).unwrap_or_else(|e| panic!("copy {}: {e}", from.display()));
    std::fs::rename(&tmp, to).expect("rename the library copy");
}

/// `target/ctests/lib` holding `libsciport.so` and its SONAME
/// `libsciport.so.0`: a snapshot of the cdylib cargo built for this test run
/// (a copy, so a concurrent rebuild of `deps/` cannot swap it under us).
fn lib_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let so = deps_dir().join("libsciport.so");
        assert!(
            so.exists(),
            "{} is missing: the sciport cdylib must be built by cargo alongside this test",
            so.display()
        );
        let dir = build_dir().join("lib");
        std::fs::create_dir_all(&dir).expect("create target/ctests/lib");
        let real = dir.join("libsciport.so.0");
        copy_replace(&so, &real);
        let link = dir.join("libsciport.so");
        if std::fs::read_link(&link).map_or(true, |t| t != Path::new("libsciport.so.0")) {
            let _ = std::fs::remove_file(&link);
            let _ = std::os::unix::fs::symlink("libsciport.so.0", &link);
        }
        dir
    })
}

/// True when `compiler` can build and link a program with the sanitizers.
fn sanitizers_work(compiler: &str, lang: &str) -> bool {
    let dir = build_dir();
    let src = dir.join(format!(
        "probe_{lang}.{}",
        if lang == "c" { "c" } else { "cpp" }
    ));
    std::fs::write(&src, "int main(void) { return 0; }\n").expect("write probe");
    let out = dir.join(format!("probe_{lang}"));
    Command::new(compiler)
        .args(SANITIZE)
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn sanitize_flags(compiler: &str, lang: &str) -> &'static [&'static str] {
    static C: OnceLock<bool> = OnceLock::new();
    static CXX: OnceLock<bool> = OnceLock::new();
    let cell = if lang == "c" { &C } else { &CXX };
    if *cell.get_or_init(|| sanitizers_work(compiler, lang)) {
        SANITIZE
    } else {
        eprintln!(
            "note: {compiler} cannot build with -fsanitize=address,undefined; running without"
        );
        &[]
    }
}

fn describe(what: &str, out: &Output) -> String {
    format!(
        "{what}: {}\n--- stdout ---\n{}--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// One program to build: its source, the compiler and flags, and the binary.
struct Build<'a> {
    compiler: String,
    flags: Vec<&'a str>,
    source: PathBuf,
    binary: PathBuf,
}

impl Build<'_> {
    /// Compiles and links against sciport; Err carries the compiler output.
    /// The binary is written under a per-process name and renamed into place,
    /// so concurrent `cargo test` runs sharing a target directory never see a
    /// half-written program.
    fn compile(&self) -> Result<(), String> {
        let root = root();
        let lib = lib_dir();
        let partial = self
            .binary
            .with_extension(format!("tmp{}", std::process::id()));
        let out = Command::new(&self.compiler)
            .args(&self.flags)
            .arg("-I")
            .arg(root.join("include"))
            .arg("-I")
            .arg(root.join("tests/c"))
            .arg("-I")
            .arg(root.join("bindings/cpp"))
            .arg(&self.source)
            .arg("-o")
            .arg(&partial)
            .arg("-L")
            .arg(lib)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .arg("-lsciport")
            .arg("-lm")
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.compiler))?;
        if out.status.success() {
            std::fs::rename(&partial, &self.binary)
                .map_err(|e| format!("rename {}: {e}", partial.display()))
        } else {
            Err(describe(
                &format!("compiling {}", self.source.display()),
                &out,
            ))
        }
    }

    /// Runs the binary with quiet Rust backtraces and leak checking on.
    fn run(&self) -> Result<String, String> {
        let out = Command::new(&self.binary)
            .env("RUST_BACKTRACE", "0")
            .env(
                "ASAN_OPTIONS",
                "detect_leaks=1:abort_on_error=0:allocator_may_return_null=1",
            )
            .env("UBSAN_OPTIONS", "print_stacktrace=1")
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.binary.display()))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(describe(
                &format!("running {}", self.binary.display()),
                &out,
            ))
        }
    }

    fn compile_and_run(&self) -> Result<String, String> {
        self.compile()?;
        self.run()
    }

    /// Runs the (unsanitized) binary under valgrind memcheck: any invalid
    /// access, uninitialised read or definite/indirect leak fails. Plan caches
    /// that live until exit are "possibly lost"/reachable and not counted.
    fn run_under_valgrind(&self) -> Result<String, String> {
        self.compile()?;
        let out = Command::new("valgrind")
            .args([
                "-q",
                "--error-exitcode=97",
                "--leak-check=full",
                "--show-possibly-lost=no",
                "--errors-for-leak-kinds=definite,indirect",
            ])
            .arg(&self.binary)
            .env("RUST_BACKTRACE", "0")
            .output()
            .map_err(|e| format!("cannot run valgrind: {e}"))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(describe(
                &format!("valgrind {}", self.binary.display()),
                &out,
            ))
        }
    }
}

fn c_build(source: &Path, suffix: &str) -> Build<'static> {
    let cc = c_compiler();
    let mut flags: Vec<&str> = C_FLAGS.to_vec();
    flags.extend_from_slice(sanitize_flags(&cc, "c"));
    let stem = source.file_stem().unwrap().to_string_lossy();
    Build {
        compiler: cc,
        flags,
        source: source.to_path_buf(),
        binary: build_dir().join(format!("{stem}{suffix}")),
    }
}

fn cxx_build<'a>(source: &Path, std_flag: &'a str, suffix: &str) -> Build<'a> {
    let cxx = cxx_compiler();
    let mut flags: Vec<&str> = vec![std_flag];
    flags.extend_from_slice(CXX_FLAGS);
    flags.extend_from_slice(sanitize_flags(&cxx, "cxx"));
    let stem = source.file_stem().unwrap().to_string_lossy();
    Build {
        compiler: cxx,
        flags,
        source: source.to_path_buf(),
        binary: build_dir().join(format!("{stem}{suffix}")),
    }
}

fn c_sources() -> Vec<PathBuf> {
    let dir = root().join("tests/c");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/c")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    files.sort();
    files
}

/// Runs every build, prints each program's summary, and fails listing all failures.
fn run_all(builds: &[Build]) {
    let mut failures = Vec::new();
    for b in builds {
        match b.compile_and_run() {
            Ok(stdout) => print!("{stdout}"),
            Err(e) => failures.push(e),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n\n{}",
        failures.len(),
        builds.len(),
        failures.join("\n\n")
    );
}

#[test]
fn c_programs_pass_under_sanitizers() {
    let builds: Vec<Build> = c_sources().iter().map(|s| c_build(s, "")).collect();
    assert!(
        builds.len() >= 5,
        "expected the C tests in tests/c, found {}",
        builds.len()
    );
    run_all(&builds);
}

/// The same C programs without sanitizers under valgrind (when installed),
/// which also catches reads of uninitialised memory.
#[test]
fn c_programs_pass_under_valgrind() {
    let available = Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        eprintln!("note: valgrind not found; skipping the valgrind run (ASan run still applies)");
        return;
    }
    let mut failures = Vec::new();
    for source in c_sources() {
        let stem = source.file_stem().unwrap().to_string_lossy().into_owned();
        let mut flags: Vec<&str> = C_FLAGS.to_vec();
        flags.push("-g");
        let build = Build {
            compiler: c_compiler(),
            flags,
            binary: build_dir().join(format!("{stem}_valgrind")),
            source,
        };
        match build.run_under_valgrind() {
            Ok(stdout) => print!("valgrind {stdout}"),
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// test_header.c includes the header twice and must also build as C++17.
#[test]
fn header_test_passes_as_cxx17() {
    let mut build = cxx_build(
        &root().join("tests/c/test_header.c"),
        "-std=c++17",
        "_cxx17",
    );
    build.flags.insert(0, "c++");
    build.flags.insert(0, "-x");
    // `-x c++` applies to the source; the libraries after it are still linked as such.
    run_all(&[build]);
}

#[test]
fn header_compiles_alone_as_c99_and_cxx17() {
    let header = root().join("include/sciport.h");
    for (compiler, lang, std_flag) in [
        (c_compiler(), "c", "-std=c99"),
        (cxx_compiler(), "c++", "-std=c++17"),
    ] {
        let out = Command::new(&compiler)
            .args([
                "-x",
                lang,
                std_flag,
                "-Wall",
                "-Wextra",
                "-Werror",
                "-pedantic",
                "-fsyntax-only",
            ])
            .arg(&header)
            .output()
            .expect("run the compiler");
        assert!(
            out.status.success(),
            "{}",
            describe(&format!("{lang} {std_flag} sciport.h alone"), &out)
        );
    }
}

#[test]
fn cpp_binding_passes_as_cxx17() {
    let src = root().join("bindings/cpp/tests/test_sciport.cpp");
    run_all(&[cxx_build(&src, "-std=c++17", "_cxx17")]);
}

#[test]
fn cpp_binding_passes_as_cxx20_with_span_overloads() {
    let src = root().join("bindings/cpp/tests/test_sciport.cpp");
    run_all(&[cxx_build(&src, "-std=c++20", "_cxx20")]);
}
