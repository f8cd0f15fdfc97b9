//! The `heroes` command fails with one clear sentence, never a panic.

use std::process::{Command, Output};

fn heroes(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heroes"))
        .args(args)
        .env_remove("DATABASE_URL")
        .env("HEROES_LOG", "warn")
        .output()
        .expect("the heroes binary runs")
}

/// A fresh directory for one test's files, with the path of a SQLite database in it;
/// removed when the test ends.
struct Scratch {
    dir: std::path::PathBuf,
    db: String,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("heroes-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("heroes.db").to_str().unwrap().to_owned();
        Scratch { dir, db }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn assert_one_sentence_error(out: &Output, expected: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let last = stderr.lines().last().unwrap_or_default();
    assert!(last.starts_with("error: "), "{stderr}");
    assert!(last.contains(expected), "expected {expected:?} in {stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error")).count(),
        1,
        "{stderr}"
    );
}

#[test]
fn a_file_that_is_not_a_database() {
    let dir = std::env::temp_dir().join(format!("heroes-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("notes.txt");
    std::fs::write(
        &file,
        "these are not the tables you are looking for\n".repeat(200),
    )
    .unwrap();
    let out = heroes(&["migrate", "--database-url", file.to_str().unwrap()]);
    assert_one_sentence_error(&out, "is not a database");
}

#[test]
fn a_directory_that_does_not_exist() {
    let out = heroes(&["migrate", "--database-url", "/nonexistent/dir/heroes.db"]);
    assert_one_sentence_error(
        &out,
        "Could not open the SQLite database /nonexistent/dir/heroes.db",
    );
}

#[test]
fn a_postgres_that_refuses() {
    let out = heroes(&[
        "migrate",
        "--database-url",
        "postgres://postgres:secret@127.0.0.1:1/heroes",
    ]);
    assert_one_sentence_error(
        &out,
        "Could not connect to PostgreSQL at postgres://postgres:***@127.0.0.1:1/heroes",
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("secret"));
}

#[test]
fn a_malformed_postgres_url() {
    let out = heroes(&["migrate", "--database-url", "postgres://[::1/heroes"]);
    assert_one_sentence_error(&out, "is not a valid PostgreSQL URL");
}

#[test]
fn a_port_in_use() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let db = std::env::temp_dir().join(format!("heroes-cli-port-{}.db", std::process::id()));
    let out = heroes(&[
        "serve",
        "--bind",
        &addr,
        "--database-url",
        db.to_str().unwrap(),
    ]);
    assert_one_sentence_error(&out, &format!("could not listen on {addr}"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
}

#[test]
fn help_explains_the_commands() {
    let out = heroes(&["--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for word in ["serve", "migrate", "demo", "reindex", "heroes serve --demo"] {
        assert!(text.contains(word), "{word} missing from --help:\n{text}");
    }
}

/// Runs `heroes` with `stdin` as its standard input.
fn heroes_with_stdin(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_heroes"))
        .args(args)
        .env_remove("DATABASE_URL")
        .env("HEROES_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the heroes binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn admin_commands_bootstrap_an_admin_and_manage_roles() {
    let scratch = Scratch::new("admin");
    let db = scratch.db.as_str();

    let out = heroes_with_stdin(
        &[
            "admin",
            "--database-url",
            db,
            "create-user",
            "--email",
            "Root@Example.org",
            "--name",
            "Rita Root",
            "--role",
            "admin",
        ],
        "a long admin passphrase\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("root@example.org"));

    let again = heroes_with_stdin(
        &[
            "admin",
            "--database-url",
            db,
            "create-user",
            "--email",
            "root@example.org",
            "--name",
            "Rita",
        ],
        "a long admin passphrase\n",
    );
    assert_one_sentence_error(&again, "already exists");

    let weak = heroes_with_stdin(
        &[
            "admin",
            "--database-url",
            db,
            "create-user",
            "--email",
            "weak@example.org",
            "--name",
            "W",
        ],
        "short\n",
    );
    assert_one_sentence_error(&weak, "at least 10 characters");

    let grant = heroes(&[
        "admin",
        "--database-url",
        db,
        "grant",
        "--email",
        "root@example.org",
        "--role",
        "reviewer",
    ]);
    assert!(
        grant.status.success(),
        "{}",
        String::from_utf8_lossy(&grant.stderr)
    );
    let bad_role = heroes(&[
        "admin",
        "--database-url",
        db,
        "grant",
        "--email",
        "root@example.org",
        "--role",
        "hero",
    ]);
    assert_one_sentence_error(&bad_role, "one of staff, reviewer, admin");
    let nobody = heroes(&[
        "admin",
        "--database-url",
        db,
        "revoke",
        "--email",
        "nobody@example.org",
        "--role",
        "admin",
    ]);
    assert_one_sentence_error(&nobody, "no account has the email nobody@example.org");
    let revoke = heroes(&[
        "admin",
        "--database-url",
        db,
        "revoke",
        "--email",
        "root@example.org",
        "--role",
        "reviewer",
    ]);
    assert!(revoke.status.success());

    // A token for scripts, printed once; a wrong scope or an unknown account is refused.
    let token = heroes(&[
        "admin",
        "--database-url",
        db,
        "create-token",
        "--email",
        "root@example.org",
        "--name",
        "CI checks",
    ]);
    assert!(
        token.status.success(),
        "{}",
        String::from_utf8_lossy(&token.stderr)
    );
    let printed = String::from_utf8_lossy(&token.stdout);
    assert!(printed.trim().starts_with("heroes_"), "{printed}");
    assert_eq!(printed.trim().lines().count(), 1, "{printed}");
    let bad_scope = heroes(&[
        "admin",
        "--database-url",
        db,
        "create-token",
        "--email",
        "root@example.org",
        "--name",
        "x",
        "--scope",
        "everything",
    ]);
    assert_one_sentence_error(&bad_scope, "--scope");
    let nobody = heroes(&[
        "admin",
        "--database-url",
        db,
        "create-token",
        "--email",
        "nobody@example.org",
        "--name",
        "x",
    ]);
    assert_one_sentence_error(&nobody, "no account has the email nobody@example.org");
}

#[test]
fn contributions_export_and_import_from_the_command_line() {
    let scratch = Scratch::new("contrib");
    let (dir, db) = (&scratch.dir, scratch.db.as_str());
    let demo = heroes(&[
        "demo",
        "--database-url",
        db,
        "--heroes",
        "3",
        "--contributions",
        "12",
    ]);
    assert!(
        demo.status.success(),
        "{}",
        String::from_utf8_lossy(&demo.stderr)
    );
    // A hero slug from the generated program.
    let sqlite = std::process::Command::new("python3")
        .args(["-c", &format!("import sqlite3; print(sqlite3.connect({db:?}).execute('select slug from heroes order by id').fetchone()[0])")])
        .output()
        .unwrap();
    let slug = String::from_utf8_lossy(&sqlite.stdout).trim().to_owned();
    let file = dir.join("log.csv");
    let export = heroes(&[
        "contributions",
        "--database-url",
        db,
        "export",
        "--hero",
        &slug,
        "--output",
        file.to_str().unwrap(),
    ]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let csv = std::fs::read_to_string(&file).unwrap();
    assert!(csv.starts_with("kind,title,url,date"));
    let again = heroes(&[
        "contributions",
        "--database-url",
        db,
        "import",
        "--hero",
        &slug,
        file.to_str().unwrap(),
    ]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(String::from_utf8_lossy(&again.stdout).contains("Imported 0 new contributions"));

    std::fs::write(
        &file,
        "kind,title,url,date\ntweet,x,https://a.org,2026-01-01\n",
    )
    .unwrap();
    let bad = heroes(&[
        "contributions",
        "--database-url",
        db,
        "import",
        "--hero",
        &slug,
        file.to_str().unwrap(),
    ]);
    assert_one_sentence_error(&bad, "nothing was imported: 1 rows have problems");
    assert!(String::from_utf8_lossy(&bad.stderr).contains("row 2: kind must be"));
    let nobody = heroes(&[
        "contributions",
        "--database-url",
        db,
        "export",
        "--hero",
        "nobody-here",
    ]);
    assert_one_sentence_error(&nobody, "no hero has the slug \"nobody-here\"");
}

#[test]
fn global_flags_go_anywhere_and_a_refused_create_user_leaves_no_account() {
    let scratch = Scratch::new("global");
    let db = scratch.db.as_str();

    // Before the command, after it, and after a subcommand.
    let migrate = heroes(&["--database-url", db, "migrate"]);
    assert!(migrate.status.success(), "{migrate:?}");
    let demo = heroes(&[
        "demo",
        "--heroes",
        "40",
        "--contributions",
        "0",
        "--candidacies",
        "0",
        "--database-url",
        db,
    ]);
    assert!(demo.status.success(), "{demo:?}");
    // A hero no demo account speaks for (the demo's feedback and briefings link some).
    let slug = {
        let out = std::process::Command::new("python3")
            .args(["-c", &format!("import sqlite3; print(sqlite3.connect({db:?}).execute('select slug from heroes where id not in (select hero_id from users where hero_id is not null) order by id').fetchone()[0])")])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    let create = |email: &str, hero: Option<&str>| {
        let mut args = vec![
            "admin",
            "create-user",
            "--email",
            email,
            "--name",
            "Hana Hero",
            "--role",
            "reviewer",
            "--database-url",
            db,
        ];
        if let Some(hero) = hero {
            args.extend(["--hero", hero]);
        }
        heroes_with_stdin(&args, "a long enough passphrase\n")
    };
    let first = create("hana@example.org", Some(&slug));
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );

    // The hero already speaks through hana: refused, and no account for sami is left.
    let roles_before = std::process::Command::new("python3")
        .args(["-c", &format!("import sqlite3; print(sqlite3.connect({db:?}).execute(\"select count(*) from user_roles\").fetchone()[0])")])
        .output()
        .unwrap();
    let roles_before = String::from_utf8_lossy(&roles_before.stdout)
        .trim()
        .to_owned();
    let second = create("sami@example.org", Some(&slug));
    assert_one_sentence_error(&second, "is already linked to another account");
    let unknown = create("sami@example.org", Some("nobody-here"));
    assert_one_sentence_error(&unknown, "no hero has the slug \"nobody-here\"");
    let accounts = std::process::Command::new("python3")
        .args(["-c", &format!("import sqlite3; c = sqlite3.connect({db:?}); print(c.execute(\"select count(*) from users where email = 'sami@example.org'\").fetchone()[0], c.execute(\"select count(*) from user_roles\").fetchone()[0])")])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&accounts.stdout).trim(),
        format!("0 {roles_before}")
    );
    // So the same address can still be created once the mistake is fixed.
    let retry = create("sami@example.org", None);
    assert!(
        retry.status.success(),
        "{}",
        String::from_utf8_lossy(&retry.stderr)
    );
}

#[test]
fn logs_written_to_a_pipe_carry_no_colour_codes() {
    let db = std::env::temp_dir().join(format!("heroes-cli-colour-{}.db", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_heroes"))
        .args(["migrate", "--database-url", db.to_str().unwrap()])
        .env_remove("DATABASE_URL")
        .env_remove("NO_COLOR")
        .env("HEROES_LOG", "info")
        .output()
        .expect("the heroes binary runs");
    let _ = std::fs::remove_file(&db);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.trim().is_empty(), "migrate logs at info");
    assert!(
        !stderr.contains('\u{1b}'),
        "escape codes in a pipe: {stderr:?}"
    );
}
