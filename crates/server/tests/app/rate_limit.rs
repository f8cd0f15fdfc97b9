//! Rate limiting of the API and the feeds: per client, stated in `RateLimit` headers, 429 with
//! `Retry-After` past the quota, counted also when the response cache answers, and clients
//! told apart behind trusted proxies only.

use crate::helpers::{TestApp, TestResponse, hero};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use heroes_domain::account::TokenScope;
use std::net::SocketAddr;

/// A GET of `path` as if from the TCP peer `peer`, with an optional `X-Forwarded-For`.
async fn get_from(app: &TestApp, path: &str, peer: &str, forwarded: Option<&str>) -> TestResponse {
    let mut request = Request::get(path);
    if let Some(f) = forwarded {
        request = request.header("x-forwarded-for", f);
    }
    let mut request = request.body(Body::empty()).unwrap();
    let peer: SocketAddr = peer.parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    app.request(request).await
}

#[tokio::test]
async fn past_the_quota_the_api_answers_429_with_retry_after_and_the_pages_do_not_count() {
    let app = TestApp::with(|c| c.api_rate_limit = 3).await;
    hero("Rita Limit").create(&app).await;
    for left in (0..3).rev() {
        // The same URL each time: the cache answers from the second request on, and still counts.
        let ok = app.get("/api/v1/heroes").await;
        assert_eq!(ok.status, StatusCode::OK);
        assert_eq!(ok.header("ratelimit-policy"), Some("\"api\";q=3;w=60"));
        let state = ok.header("ratelimit").unwrap();
        assert!(
            state.starts_with(&format!("\"api\";r={left};t=")),
            "{state}"
        );
    }
    let refused = app
        .get_with(
            "/feeds/contributions.atom",
            &[("origin", "https://other.example")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        refused.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(refused.json()["status"], 429);
    let retry: u64 = refused.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    assert!(
        refused
            .header("ratelimit")
            .unwrap()
            .starts_with("\"api\";r=0;")
    );
    // A browser app on another origin can read the refusal and its headers.
    assert_eq!(refused.header("access-control-allow-origin"), Some("*"));
    let exposed = refused.header("access-control-expose-headers").unwrap();
    assert!(
        exposed.contains("ratelimit") && exposed.contains("retry-after"),
        "{exposed}"
    );
    // Pages are not limited.
    for _ in 0..5 {
        assert_eq!(app.get("/heroes").await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn the_token_api_counts_too() {
    let app = TestApp::with(|c| c.api_rate_limit = 2).await;
    let user = app.account("limit@example.com", &[], None).await;
    let token = app.token(user, TokenScope::Read).await;
    let bearer = format!("Bearer {token}");
    let auth = [("authorization", bearer.as_str())];
    for expected in [
        StatusCode::OK,
        StatusCode::OK,
        StatusCode::TOO_MANY_REQUESTS,
    ] {
        assert_eq!(app.get_with("/api/v1/me", &auth).await.status, expected);
    }
    // The open reads share the same client's quota.
    assert_eq!(
        app.get("/api/v1/heroes").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn clients_are_told_apart_by_forwarded_for_only_behind_trusted_proxies() {
    let proxy: std::net::IpAddr = "10.0.0.1".parse().unwrap();
    let app = TestApp::with(|c| {
        c.api_rate_limit = 1;
        c.trusted_proxies = vec![proxy];
    })
    .await;
    let path = "/api/v1/specializations";
    // Behind the trusted proxy, two clients have a quota each.
    let a = get_from(&app, path, "10.0.0.1:5000", Some("203.0.113.1")).await;
    let b = get_from(&app, path, "10.0.0.1:5001", Some("203.0.113.2")).await;
    assert_eq!((a.status, b.status), (StatusCode::OK, StatusCode::OK));
    let a_again = get_from(&app, path, "10.0.0.1:5002", Some("203.0.113.1")).await;
    assert_eq!(a_again.status, StatusCode::TOO_MANY_REQUESTS);
    // Anyone else writing X-Forwarded-For is counted by their own address.
    let c = get_from(&app, path, "198.51.100.9:4000", Some("203.0.113.3")).await;
    let c_again = get_from(&app, path, "198.51.100.9:4001", Some("203.0.113.4")).await;
    assert_eq!(c.status, StatusCode::OK);
    assert_eq!(c_again.status, StatusCode::TOO_MANY_REQUESTS);
    // IPv6 clients by their /64.
    let v6 = get_from(&app, path, "[2001:db8:5:6::1]:4000", None).await;
    let v6_neighbour = get_from(&app, path, "[2001:db8:5:6::2]:4000", None).await;
    assert_eq!(v6.status, StatusCode::OK);
    assert_eq!(v6_neighbour.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn zero_turns_the_limit_off() {
    let app = TestApp::with(|c| c.api_rate_limit = 0).await;
    for _ in 0..20 {
        let ok = app.get("/api/v1/specializations").await;
        assert_eq!(ok.status, StatusCode::OK);
        assert_eq!(ok.header("ratelimit"), None);
    }
}
