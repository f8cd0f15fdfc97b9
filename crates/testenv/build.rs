//! Provisions the tests' Python environment before the tests compile (see `src/lib.rs`).
//!
//! Steps, each skipped when already done: find a Python 3, make a virtual environment in
//! `<target>/test-python` (isolated from the system's packages, so a machine that happens to
//! have them proves nothing), `pip install -r requirements.txt`, check both modules import,
//! and write a marker holding the requirements' text. A file lock keeps two builds sharing a
//! target directory from provisioning at once.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MODULES: &str = "import aiosmtpd, oidc_provider_mock";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=requirements.txt");
    println!("cargo:rerun-if-env-changed=HEROES_TEST_PYTHON");
    match provision() {
        Ok(python) => println!("cargo:rustc-env=HEROES_TEST_PYTHON={}", python.display()),
        Err(what_to_do) => {
            // cargo shows a failing build script's output; one sentence is what a newcomer
            // should read, not a backtrace.
            eprintln!("\nerror: {what_to_do}\n");
            std::process::exit(1);
        }
    }
}

fn provision() -> Result<PathBuf, String> {
    if let Some(python) = std::env::var_os("HEROES_TEST_PYTHON").filter(|p| !p.is_empty()) {
        let python = PathBuf::from(python);
        return if imports(&python) {
            Ok(python)
        } else {
            Err(format!(
                "HEROES_TEST_PYTHON names {}, which cannot import aiosmtpd and oidc_provider_mock: \
                 install them there (`pip install -r crates/testenv/requirements.txt`) or unset \
                 the variable to let the tests make their own environment",
                python.display()
            ))
        };
    }

    let requirements_path =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?)
            .join("requirements.txt");
    let requirements = fs::read_to_string(&requirements_path).map_err(|e| e.to_string())?;
    let env_dir = target_dir()?.join("test-python");
    let python = env_dir.join(if cfg!(windows) {
        "Scripts/python.exe"
    } else {
        "bin/python"
    });
    let marker = env_dir.join("provisioned-from.txt");
    // Re-run when the environment disappears (cargo clean of part of target, a deleted folder).
    println!("cargo:rerun-if-changed={}", marker.display());

    fs::create_dir_all(env_dir.parent().unwrap_or(&env_dir)).map_err(|e| e.to_string())?;
    let lock_path = env_dir.with_extension("lock");
    let lock = File::create(&lock_path).map_err(|e| format!("{}: {e}", lock_path.display()))?;
    lock.lock()
        .map_err(|e| format!("{}: {e}", lock_path.display()))?;

    if fs::read_to_string(&marker).is_ok_and(|done| done == requirements) && imports(&python) {
        return Ok(python);
    }

    let system_python = ["python3", "python"]
        .into_iter()
        .find(|candidate| {
            Command::new(candidate)
                .args(["-c", "import sys; assert sys.version_info >= (3, 9)"])
                .output()
                .is_ok_and(|out| out.status.success())
        })
        .ok_or(
            "the mail and single sign-on tests run real servers written in Python, and no \
             Python 3.9 or newer was found: install python3 (on Debian: apt-get install \
             python3 python3-venv) and run the tests again",
        )?;

    let _ = fs::remove_dir_all(&env_dir);
    run(
        Command::new(system_python)
            .args(["-m", "venv"])
            .arg(&env_dir),
        "could not make the tests' Python environment with `python3 -m venv`: install the \
         venv module (on Debian: apt-get install python3-venv) and run the tests again",
    )?;
    run(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-input",
                "-r",
            ])
            .arg(&requirements_path),
        "could not install the tests' Python packages from PyPI into target/test-python: \
         check the network or the pip configuration (PIP_INDEX_URL), or set HEROES_TEST_PYTHON \
         to a Python that has aiosmtpd and oidc-provider-mock",
    )?;
    if !imports(&python) {
        return Err(format!(
            "{} was provisioned but cannot import aiosmtpd and oidc_provider_mock; delete it \
             and run the tests again",
            env_dir.display()
        ));
    }
    fs::write(&marker, requirements).map_err(|e| e.to_string())?;
    Ok(python)
}

/// `<target>` from `OUT_DIR` (`<target>/<profile>/build/<pkg>-<hash>/out`), so that `cargo
/// check`, `cargo test` and every profile share one environment.
fn target_dir() -> Result<PathBuf, String> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    out.ancestors()
        .nth(4)
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("unexpected OUT_DIR {}", out.display()))
}

fn imports(python: &Path) -> bool {
    Command::new(python)
        .args(["-W", "ignore", "-c", MODULES])
        .output()
        .is_ok_and(|out| out.status.success())
}

fn run(command: &mut Command, what_to_do: &str) -> Result<(), String> {
    match command.output() {
        Ok(Output { status, .. }) if status.success() => Ok(()),
        Ok(Output { stdout, stderr, .. }) => Err(format!(
            "{what_to_do}\n{}{}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        )),
        Err(e) => Err(format!("{what_to_do} ({e})")),
    }
}
