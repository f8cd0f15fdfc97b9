//! Every route of the application, in one place.

use crate::app::AppState;
use crate::telemetry::{self, MakeId};
use crate::{
    cache, contributions, error, health, heroes, home, openapi, seo, specializations, web,
};
use axum::Router;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware;
use axum::routing::get;
use std::time::Duration;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// The header carrying the request id, set if the client (or a proxy) did not.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The JSON API's resource paths, as the OpenAPI document must list them (a test checks).
pub const API_V1_PATHS: &[&str] = &[
    "/api/v1/heroes",
    "/api/v1/heroes/{slug}",
    "/api/v1/specializations",
    "/api/v1/contributions",
];

/// The largest request body accepted anywhere (forms and API writes are far smaller).
const BODY_LIMIT: usize = 1024 * 1024;

/// Builds the application with every route and middleware.
pub fn router(state: AppState) -> Router {
    // Install the recorder before the first request is counted.
    telemetry::metrics_handle();
    let pages = Router::new()
        .route("/", get(home::show_home))
        .route("/heroes", get(heroes::pages::show_directory))
        .route("/heroes/{slug}", get(heroes::pages::show_profile))
        .route(
            "/heroes/{slug}/feed.atom",
            get(contributions::feeds::hero_atom),
        )
        .route("/specializations", get(specializations::list_page))
        .route("/specializations/{slug}", get(specializations::show_page))
        .route(
            "/specializations/{slug}/feed.atom",
            get(contributions::feeds::specialization_atom),
        )
        .route("/contributions", get(contributions::pages::show_stream))
        .route(
            "/feeds/contributions.atom",
            get(contributions::feeds::all_atom),
        )
        .route(
            "/feeds/contributions.json",
            get(contributions::feeds::all_json),
        )
        .route("/sitemap.xml", get(seo::sitemap))
        .route("/robots.txt", get(seo::robots))
        .route("/assets/{file}", get(web::asset))
        .route("/favicon.ico", get(web::favicon));

    let api = Router::new()
        .route("/v1/heroes", get(heroes::api::list_heroes))
        .route("/v1/heroes/{slug}", get(heroes::api::get_hero))
        .route("/v1/specializations", get(specializations::list_api))
        .route(
            "/v1/contributions",
            get(contributions::api::list_contributions),
        )
        .route("/openapi.json", get(openapi::openapi_json))
        .route("/docs", get(openapi::docs_page))
        .fallback(error::api_not_found);

    let ops = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(health::metrics));

    let public =
        Router::new()
            .merge(pages)
            .nest("/api", api)
            .layer(middleware::from_fn_with_state(
                state.clone(),
                cache::cache_public_reads,
            ));

    let router = Router::new()
        .merge(public)
        .merge(ops)
        .layer(middleware::from_fn(error::render_error_pages))
        .layer(middleware::from_fn(telemetry::track_metrics));

    let router = web::SECURITY_HEADERS
        .iter()
        .fold(router, |r, (name, value)| {
            r.layer(SetResponseHeaderLayer::if_not_present(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            ))
        });

    router
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeId::default()))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(|request: &axum::http::Request<_>| {
                            let id = request
                                .headers()
                                .get(REQUEST_ID)
                                .and_then(|v| v.to_str().ok())
                                .unwrap_or("-");
                            tracing::info_span!(
                                "request",
                                method = %request.method(),
                                path = %request.uri().path(),
                                request_id = %id,
                            )
                        })
                        .on_response(
                            |response: &axum::http::Response<_>,
                             latency: Duration,
                             _: &tracing::Span| {
                                tracing::info!(
                                    status = response.status().as_u16(),
                                    latency_ms = latency.as_secs_f64() * 1000.0,
                                    "request finished"
                                );
                            },
                        ),
                )
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(CatchPanicLayer::new())
                .layer(TimeoutLayer::with_status_code(
                    StatusCode::SERVICE_UNAVAILABLE,
                    Duration::from_secs(30),
                ))
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT)),
        )
        .with_state(state)
}
