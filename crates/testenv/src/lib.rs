//! Where the tests find the real servers they talk to.
//!
//! The mail tests speak SMTP to `aiosmtpd` and the single sign-on tests speak OpenID Connect
//! to `oidc-provider-mock`, both Python programs from PyPI. Nobody has to install them: this
//! crate's build script makes a Python virtual environment in the target directory
//! (`target/test-python`) on the first test build, installs the pinned versions of
//! `requirements.txt` into it, and hands its interpreter to the tests. The build fails
//! before any test runs, with one sentence saying what to do, when that cannot be done
//! (no Python 3, no `venv` module, no way to reach PyPI).

/// The Python interpreter that has `aiosmtpd` and `oidc_provider_mock` importable: the
/// project-local environment, or whatever `HEROES_TEST_PYTHON` named at build time.
pub const PYTHON: &str = env!("HEROES_TEST_PYTHON");
