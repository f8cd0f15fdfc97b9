//! The server's edge: connections, bad input at the boundary, and a database out of reach.

use crate::helpers::{TestApp, hero};
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_server::app::{ConnectionLimits, serve_on};
use heroes_store::{Db, PoolConfig};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Serves `router` on a free local port with `limits` until the returned sender is dropped.
async fn listen(
    router: Router,
    limits: ConnectionLimits,
) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve_on(listener, router, limits, async move {
        let _ = stopped.await;
    }));
    (address, stop)
}

/// Everything the server sends until it closes the connection, or `None` if it is still
/// open after `wait`.
async fn read_until_closed(stream: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut received = Vec::new();
    match tokio::time::timeout(wait, stream.read_to_end(&mut received)).await {
        Ok(_) => Some(String::from_utf8_lossy(&received).into_owned()),
        Err(_) => None,
    }
}

const GET_HEALTHZ: &[u8] =
    b"GET /healthz HTTP/1.1\r\nHost: heroes.test\r\nConnection: close\r\n\r\n";

#[tokio::test]
async fn a_client_that_stops_sending_headers_is_disconnected() {
    let app = TestApp::new().await;
    let limits = ConnectionLimits {
        header_read_timeout: Duration::from_millis(300),
        max_connections: 16,
    };
    let (address, _stop) = listen(app.router.clone(), limits).await;

    // One header line, then nothing (slowloris).
    let mut slow = TcpStream::connect(address).await.unwrap();
    slow.write_all(b"GET /heroes HTTP/1.1\r\nHost: heroes.test\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    let answer = read_until_closed(&mut slow, Duration::from_secs(5)).await;
    assert!(answer.is_some(), "the connection is still open after 5 s");
    // Not at once: after the timeout (counted from the accept, a moment before `started`).
    assert!(started.elapsed() >= Duration::from_millis(150));

    // A client that sends its request in time is served as before.
    let mut quick = TcpStream::connect(address).await.unwrap();
    quick.write_all(GET_HEALTHZ).await.unwrap();
    let answer = read_until_closed(&mut quick, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn connections_over_the_cap_wait_until_one_closes() {
    let app = TestApp::new().await;
    let limits = ConnectionLimits {
        header_read_timeout: Duration::from_secs(30),
        max_connections: 2,
    };
    let (address, _stop) = listen(app.router.clone(), limits).await;

    // Two connections that send nothing take both slots.
    let first = TcpStream::connect(address).await.unwrap();
    let second = TcpStream::connect(address).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;

    // A third is not served while they are open...
    let mut third = TcpStream::connect(address).await.unwrap();
    third.write_all(GET_HEALTHZ).await.unwrap();
    let mut byte = [0u8; 1];
    let early = tokio::time::timeout(Duration::from_millis(500), third.read(&mut byte)).await;
    assert!(early.is_err(), "a connection over the cap was served");

    // ...and is as soon as one of them closes.
    drop(first);
    let answer = read_until_closed(&mut third, Duration::from_secs(5))
        .await
        .unwrap();
    let answer = format!("{}{answer}", byte[0] as char);
    assert!(answer.contains("200 OK"), "{answer}");
    drop(second);
}

#[tokio::test]
async fn shutting_down_finishes_the_request_in_flight() {
    let app = TestApp::new().await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve_on(
        listener,
        app.router.clone(),
        ConnectionLimits::default(),
        async move {
            let _ = stopped.await;
        },
    ));
    // An idle keep-alive connection does not hold the shutdown up.
    let _idle = TcpStream::connect(address).await.unwrap();
    let mut client = TcpStream::connect(address).await.unwrap();
    client.write_all(GET_HEALTHZ).await.unwrap();
    let answer = read_until_closed(&mut client, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("the server stops")
        .unwrap();
    assert!(
        TcpStream::connect(address).await.is_err(),
        "still listening"
    );
}

#[tokio::test]
async fn handlers_see_the_client_address_of_the_connection() {
    let app = TestApp::new().await;
    let (address, _stop) = listen(app.router.clone(), ConnectionLimits::default()).await;
    let body = "name=Tcp+Person&email=tcp%40example.org&password=a+long+enough+passphrase";
    let request = format!(
        "POST /signup HTTP/1.1\r\nHost: heroes.test\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut client = TcpStream::connect(address).await.unwrap();
    client.write_all(request.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut client, Duration::from_secs(10))
        .await
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // Throttling and the audit log count clients by the connection's address.
    let audit = heroes_store::audit::list(app.db(), 10, None).await.unwrap();
    let entry = audit.first().expect("the sign-up is in the audit log");
    assert_eq!(entry.address, "127.0.0.1");
}

#[tokio::test]
async fn metrics_are_served_on_their_own_listener() {
    let (address, _stop) = listen(
        heroes_server::health::metrics_router(),
        ConnectionLimits::default(),
    )
    .await;
    let mut client = TcpStream::connect(address).await.unwrap();
    client
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: monitoring\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let answer = read_until_closed(&mut client, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("text/plain; version=0.0.4"), "{answer}");
}

#[tokio::test]
async fn nul_bytes_in_the_address_are_refused_on_every_route() {
    let app = TestApp::new().await;
    hero("Ana Souza").create(&app).await;
    for path in [
        "/heroes/%00",
        "/specializations/%00",
        "/heroes?q=%00",
        "/contributions?specialization=a%00b",
        "/no/such/%00",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{path}");
        assert!(
            response
                .header("content-type")
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
        assert!(response.body.contains("could not be read"), "{path}");
        assert_eq!(response.header("x-frame-options"), Some("DENY"), "{path}");
    }
    for path in [
        "/api/v1/heroes/%00",
        "/api/v1/contributions?hero=%00",
        "/api/v1/heroes?country=%00",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(
            response.header("content-type"),
            Some("application/problem+json"),
            "{path}"
        );
        assert!(response.json()["detail"].as_str().unwrap().contains("NUL"));
    }
    // An encoded percent sign followed by two zeros is text, not NUL.
    assert_eq!(app.get("/heroes?q=%2500").await.status, StatusCode::OK);
}

#[tokio::test]
async fn nul_bytes_in_a_form_are_refused() {
    let app = TestApp::new().await;
    let response = app
        .post_form(
            "/signup",
            &[
                ("name", "Nul\0Person"),
                ("email", "nul@example.org"),
                ("password", "a long enough passphrase"),
            ],
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert!(response.body.contains("could not be read"));
    assert!(response.header("content-security-policy").is_some());
    // Nothing was written: the address is still free.
    let again = app
        .post_form(
            "/signup",
            &[
                ("name", "Nul Person"),
                ("email", "nul@example.org"),
                ("password", "a long enough passphrase"),
            ],
            None,
        )
        .await;
    assert_ne!(again.status, StatusCode::BAD_REQUEST);
    assert!(
        app.last_mail_to("nul@example.org")
            .await
            .subject
            .contains("onfirm")
    );
}

#[tokio::test]
async fn early_refusals_carry_the_security_headers_and_speak_problem_json_on_the_api() {
    let app = TestApp::new().await;
    let too_large = |path: &str, method: &str| {
        Request::builder()
            .method(method)
            .uri(path)
            .header("content-type", "application/json")
            .header("content-length", (9 * 1024 * 1024).to_string())
            .body(Body::empty())
            .unwrap()
    };

    let page = app.request(too_large("/login", "POST")).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.header("content-security-policy").is_some());
    assert!(page.header("x-request-id").is_some());

    let api = app.request(too_large("/api/v1/me/profile", "PATCH")).await;
    assert_eq!(api.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(api.header("content-type"), Some("application/problem+json"));
    assert_eq!(api.json()["status"], 413);
    assert!(api.header("content-security-policy").is_some());

    let long = "a".repeat(10 * 1024);
    let page = app.get(&format!("/heroes?q={long}")).await;
    assert_eq!(page.status, StatusCode::URI_TOO_LONG);
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.body.contains("too long"));
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));

    let api = app.get(&format!("/api/v1/heroes?q={long}")).await;
    assert_eq!(api.status, StatusCode::URI_TOO_LONG);
    assert_eq!(api.header("content-type"), Some("application/problem+json"));
    assert_eq!(api.json()["status"], 414);
    assert!(api.header("content-security-policy").is_some());

    // A method the API does not have: a problem document that still names the allowed ones.
    let wrong = app
        .request(
            Request::delete("/api/v1/heroes")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        wrong.header("content-type"),
        Some("application/problem+json")
    );
    assert!(wrong.header("allow").is_some_and(|a| a.contains("GET")));
}

#[tokio::test]
async fn a_closed_database_answers_503_with_retry_after() {
    let app = TestApp::new().await;
    app.db().close().await;

    let page = app.get("/heroes").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(page.header("retry-after").is_some());
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.body.contains("cannot answer right now"));

    let api = app.get("/api/v1/heroes").await;
    assert_eq!(api.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(api.header("retry-after").is_some());
    assert_eq!(api.header("content-type"), Some("application/problem+json"));

    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(ready.body, "not ready: the database does not answer\n");
}

/// A TCP proxy in front of the PostgreSQL server that a test can cut and restore on the same
/// port, playing a database that goes away and comes back.
struct Cable {
    port: u16,
    target: String,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Cable {
    async fn connect(target: String) -> Cable {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let mut cable = Cable {
            port,
            target,
            task: None,
        };
        cable.task = Some(Self::relay(listener, cable.target.clone()));
        cable
    }

    fn relay(listener: TcpListener, target: String) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            // Dropping the set (when this task is aborted) cuts every relayed connection.
            let mut connections = tokio::task::JoinSet::new();
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    continue;
                };
                let target = target.clone();
                connections.spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                while connections.try_join_next().is_some() {}
            }
        })
    }

    fn cut(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }

    async fn restore(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        self.task = Some(Self::relay(listener, self.target.clone()));
    }
}

impl Drop for Cable {
    fn drop(&mut self) {
        self.cut();
    }
}

#[tokio::test]
async fn a_database_that_goes_away_answers_503_fast_and_comes_back_by_itself() {
    // PostgreSQL only: an outage of an embedded SQLite file cannot be played this way (the
    // closed-pool test above covers both backends).
    let Some(url) = heroes_store::testing::postgres_url() else {
        return;
    };
    let server = url::Url::parse(&url).unwrap();
    let target = format!(
        "{}:{}",
        server.host_str().unwrap(),
        server.port().unwrap_or(5432)
    );
    let mut cable = Cable::connect(target).await;
    let test = TestApp::new().await;
    let wait = Duration::from_millis(500);
    let db: Db = test
        .test_db
        .connect_again(
            Some(cable.port),
            PoolConfig {
                max_connections: Some(2),
                acquire_timeout: wait,
            },
        )
        .await
        .unwrap();
    let mut config = heroes_server::Config::new("http://heroes.test".to_owned()).unwrap();
    config.cache_check_interval = Duration::ZERO;
    let state = heroes_server::AppState::new(db, config);
    let app = TestApp {
        router: heroes_server::router::router(state.clone()),
        state,
        test_db: test.test_db,
    };
    assert_eq!(app.get("/heroes").await.status, StatusCode::OK);

    cable.cut();
    for path in ["/heroes", "/api/v1/heroes", "/readyz"] {
        let started = Instant::now();
        let response = app.get(path).await;
        let took = started.elapsed();
        assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE, "{path}");
        if path != "/readyz" {
            assert!(response.header("retry-after").is_some(), "{path}");
        }
        // The response cache asks for the data version first, then the handler asks again:
        // at most two waits of the pool.
        assert!(took < Duration::from_secs(2), "{path} took {took:?}");
    }

    cable.restore().await;
    let started = Instant::now();
    loop {
        let response = app.get("/heroes").await;
        if response.status == StatusCode::OK {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "still {} after the database came back",
            response.status
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
