//! Mail delivery over a real SMTP conversation with a local server (PyPI `aiosmtpd`, from the
//! tests' own Python environment, see `heroes_testenv`), what happens when the server is
//! unreachable, and several instances delivering at once (each mail sent once).

use crate::helpers::{PASSWORD, TestApp};
use heroes_server::Config;
use heroes_server::jobs::{self, Runner};
use heroes_server::mail::{MailConfig, deliver_pending};
use heroes_store::notifications::{self, Notice};
use heroes_store::outbox::{self, OutgoingMail};
use std::collections::HashSet;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
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
    let id = raw
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("message-id: "))
        .unwrap_or_else(|| panic!("a Message-ID: {raw}"));
    let stored = app.last_mail_to("priya@example.org").await;
    assert!(
        id.contains(&format!("<heroes-outbox-{}.", stored.id)) && id.ends_with("@heroes.test>"),
        "one id per stored mail, the same on every attempt: {id}"
    );

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
    // It is tried again later (not at once: the server gets a minute), and admins see why it
    // is stuck.
    assert_eq!(deliver_pending(app.db(), &config).await.unwrap(), 0);
    assert_eq!(app.last_mail_to("sam@example.org").await.attempts, 1);
    assert_eq!(outbox::pending(app.db(), 10, 5).await.unwrap().len(), 1);
}

/// Queues one mail to each of `n` people (`person-{i}@example.org`).
async fn queue_mails(app: &TestApp, n: usize) {
    let notices: Vec<Notice> = (0..n)
        .map(|i| Notice {
            user_id: None,
            mail: OutgoingMail {
                to: format!("person-{i}@example.org"),
                subject: format!("Notice {i}"),
                text: "Hello".to_owned(),
                html: "<p>Hello</p>".to_owned(),
                requested_from: None,
                list_unsubscribe: None,
                language: String::new(),
            },
            link: "/".to_owned(),
        })
        .collect();
    notifications::send_now(app.db(), &notices).await.unwrap();
}

/// The recipients of what the sink received, one entry per mail.
fn recipients(received: &[String]) -> Vec<String> {
    let mut to: Vec<String> = received
        .iter()
        .filter_map(|raw| {
            raw.lines()
                .find(|l| l.starts_with("To: "))
                .map(str::to_owned)
        })
        .collect();
    to.sort();
    to
}

/// Every stored mail is sent, after exactly one attempt.
async fn assert_each_sent_once(app: &TestApp, sink: &SmtpSink, n: usize) {
    let received = sink.received();
    let to = recipients(&received);
    assert_eq!(to.len(), n, "{to:?}");
    assert_eq!(
        to.iter().collect::<HashSet<_>>().len(),
        n,
        "nobody got a mail twice: {to:?}"
    );
    for mail in outbox::list(app.db(), 100, None).await.unwrap() {
        assert!(mail.sent_at.is_some(), "{mail:?}");
        assert_eq!(mail.attempts, 1, "{mail:?}");
    }
}

#[tokio::test]
async fn two_instances_delivering_at_once_send_each_mail_once() {
    let sink = SmtpSink::start();
    let app = TestApp::new().await;
    queue_mails(&app, 20).await;
    let barrier = Arc::new(tokio::sync::Barrier::new(2));
    let instances: Vec<_> = (0..2)
        .map(|_| {
            let (db, config, barrier) = (app.db().clone(), sink.config(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                // Delivery rounds as each instance runs them, until nothing is left: a round
                // that starts while the other instance is sending must not send that mail.
                let mut sent = 0;
                while !outbox::pending(&db, 1, 5).await.unwrap().is_empty() {
                    sent += deliver_pending(&db, &config).await.unwrap();
                }
                sent
            })
        })
        .collect();
    let mut sent = 0;
    for instance in instances {
        sent += instance.await.unwrap();
    }
    assert_eq!(sent, 20);
    assert_each_sent_once(&app, &sink, 20).await;
}

#[tokio::test]
async fn two_job_runners_deliver_every_mail_exactly_once() {
    let sink = SmtpSink::start();
    let app = TestApp::new().await;
    queue_mails(&app, 20).await;
    let mut config = Config::new("http://heroes.test".to_owned()).unwrap();
    config.mail = MailConfig {
        poll: Duration::from_millis(100),
        ..sink.config()
    };
    config.jobs.idle = Duration::from_millis(20);
    let runners: Vec<_> = (0..2)
        .map(|_| {
            Runner::new(
                app.db().clone(),
                jobs::registry(&config),
                config.jobs.clone(),
            )
            .unwrap()
            .spawn()
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !outbox::pending(app.db(), 1, 5).await.unwrap().is_empty() {
        assert!(Instant::now() < deadline, "every mail was delivered");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Both runners go on looking for a while.
    tokio::time::sleep(Duration::from_millis(500)).await;
    for runner in runners {
        runner.shutdown().await;
    }
    assert_each_sent_once(&app, &sink, 20).await;
}

#[tokio::test]
async fn a_mail_held_by_a_dead_worker_is_sent_once_its_lease_runs_out() {
    let sink = SmtpSink::start();
    let app = TestApp::new().await;
    queue_mails(&app, 1).await;
    let lease = chrono::Duration::seconds(1);
    let held = outbox::claim_next(app.db(), "dead-worker", lease, 5)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        deliver_pending(app.db(), &sink.config()).await.unwrap(),
        0,
        "not while the lease lasts"
    );
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(deliver_pending(app.db(), &sink.config()).await.unwrap(), 1);
    assert!(
        !outbox::mark_sent(app.db(), held.id, "dead-worker")
            .await
            .unwrap(),
        "the late worker cannot mark it sent"
    );
    assert_eq!(recipients(&sink.received()).len(), 1);
    let mail = app.last_mail_to("person-0@example.org").await;
    assert_eq!(mail.attempts, 2);
    assert!(mail.sent_at.is_some());
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

/// Every digest mail carries one-click unsubscribe headers (RFC 8058) naming its recipient's
/// signed address.
#[tokio::test]
async fn digest_mail_carries_one_click_unsubscribe_headers() {
    use heroes_store::digest;
    let sink = SmtpSink::start();
    let app = TestApp::new().await;
    let member = app.account("reader@example.org", &[], None).await;
    digest::set_member(app.db(), member, "reader@example.org", true)
        .await
        .unwrap();
    let id = digest::draft(
        app.db(),
        "2026-10",
        "October digest",
        &digest::Content::default(),
    )
    .await
    .unwrap()
    .unwrap();
    digest::start_sending(app.db(), id, &heroes_store::accounts::Actor::cli())
        .await
        .unwrap();
    heroes_server::promotion::jobs::send(app.db(), "http://heroes.test", id, || true)
        .await
        .unwrap();
    assert_eq!(deliver_pending(app.db(), &sink.config()).await.unwrap(), 1);
    let raw = &sink.received()[0];
    let stored = app.last_mail_to("reader@example.org").await;
    let url = stored.list_unsubscribe.unwrap();
    assert!(url.starts_with("http://heroes.test/digest/unsubscribe?token="));
    assert!(raw.contains(&format!("List-Unsubscribe: <{url}>")), "{raw}");
    assert!(
        raw.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{raw}"
    );
}
