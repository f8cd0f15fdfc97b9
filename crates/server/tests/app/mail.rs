//! Mail delivery over a real SMTP conversation with a local server (PyPI `aiosmtpd`, from the
//! tests' own Python environment, see `heroes_testenv`), and what happens when the server is
//! unreachable.

use crate::helpers::{PASSWORD, TestApp};
use heroes_server::mail::{MailConfig, deliver_pending};
use heroes_store::outbox;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// An `aiosmtpd` process writing every mail it receives into a Maildir; stopped on drop.
struct SmtpSink {
    child: Child,
    port: u16,
    maildir: PathBuf,
}

impl SmtpSink {
    fn start() -> SmtpSink {
        let port = free_port();
        let maildir =
            std::env::temp_dir().join(format!("heroes-smtp-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&maildir);
        let child = Command::new(heroes_testenv::PYTHON)
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the tests' Python runs");
        let mut sink = SmtpSink {
            child,
            port,
            maildir,
        };
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = sink.child.try_wait() {
                let mut err = String::new();
                use std::io::Read;
                let _ = sink.child.stderr.take().unwrap().read_to_string(&mut err);
                panic!("aiosmtpd exited ({status}): {err}");
            }
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not start listening"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        sink
    }

    fn config(&self) -> MailConfig {
        MailConfig {
            smtp_url: Some(format!("smtp://127.0.0.1:{}", self.port)),
            from: "Heroes Program <program@heroes.test>".to_owned(),
            ..MailConfig::default()
        }
    }

    fn received(&self) -> Vec<String> {
        std::fs::read_dir(self.maildir.join("new"))
            .map(|dir| {
                dir.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.maildir);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn pending_mail_is_delivered_over_smtp_once() {
    let sink = SmtpSink::start();
    let app = TestApp::new().await;
    app.post_form(
        "/signup",
        &[
            ("name", "Priya Nair"),
            ("email", "priya@example.org"),
            ("password", PASSWORD),
        ],
        None,
    )
    .await;

    let sent = deliver_pending(app.db(), &sink.config()).await.unwrap();
    assert_eq!(sent, 1);
    let received = sink.received();
    assert_eq!(received.len(), 1);
    let raw = &received[0];
    assert!(raw.contains("To: priya@example.org"), "{raw}");
    assert!(
        raw.contains("From: \"Heroes Program\" <program@heroes.test>")
            || raw.contains("From: Heroes Program <program@heroes.test>"),
        "{raw}"
    );
    assert!(raw.contains("Subject: Confirm your email address"), "{raw}");
    assert!(raw.contains("multipart/alternative"), "{raw}");
    assert!(
        raw.contains("text/plain") && raw.contains("text/html"),
        "{raw}"
    );
    assert!(raw.contains("/verify?token="), "{raw}");

    let stored = app.last_mail_to("priya@example.org").await;
    assert!(stored.sent_at.is_some() && stored.last_error.is_none());
    // Delivered mail is not sent again.
    assert_eq!(deliver_pending(app.db(), &sink.config()).await.unwrap(), 0);
    assert_eq!(sink.received().len(), 1);
}

#[tokio::test]
async fn an_unreachable_server_leaves_the_mail_pending_with_the_reason() {
    let app = TestApp::new().await;
    app.post_form("/password/forgot", &[("email", "nobody@example.org")], None)
        .await;
    app.account("sam@example.org", &[], None).await;
    app.post_form("/password/forgot", &[("email", "sam@example.org")], None)
        .await;
    let config = MailConfig {
        smtp_url: Some(format!("smtp://127.0.0.1:{}", free_port())),
        ..MailConfig::default()
    };
    assert_eq!(deliver_pending(app.db(), &config).await.unwrap(), 0);
    let mail = app.last_mail_to("sam@example.org").await;
    assert!(mail.sent_at.is_none());
    assert_eq!(mail.attempts, 1);
    assert!(mail.last_error.is_some());
    // It is tried again later, and admins see why it is stuck.
    assert_eq!(outbox::pending(app.db(), 10, 5).await.unwrap().len(), 1);
}

#[test]
fn a_bad_smtp_url_is_a_clear_error() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let app = TestApp::new().await;
        let config = MailConfig {
            smtp_url: Some("ftp://mail.example.org".to_owned()),
            ..MailConfig::default()
        };
        let err = deliver_pending(app.db(), &config).await.unwrap_err();
        assert!(err.to_string().contains("--smtp-url"), "{err}");
    });
}
