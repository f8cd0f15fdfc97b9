//! The `deliver-webhook` job (one run per attempt at one delivery) and the daily
//! `trim-webhooks` job.
//!
//! A run reads the delivery, builds the event's body once (the public API representation of
//! the hero or contribution as it is now; a subject no longer public is skipped, never sent),
//! signs it and posts it. Outgoing requests follow the feed fetcher's rules
//! (`capture::fetch`): the host is resolved and every address checked against private
//! networks, the connection goes to the checked address, redirects are not followed, and the
//! whole attempt is bounded by the fetch timeout. At most 2 KB of the answer is read and
//! kept. A 2xx answer delivers; anything else (a redirect too) is retried on
//! `heroes_domain::webhooks`' schedule and marked failed after the last attempt. An attempt
//! overtaken by a replay is logged and leaves the delivery to the replay.

use crate::capture::fetch::{self, FetchConfig, FetchError};
use crate::contributions::api::ContributionJson;
use crate::heroes::api::HeroJson;
use crate::jobs::{JobContext, Outcome, Registry};
use chrono::{DateTime, Utc};
use heroes_domain::webhooks::{EventKind, Subject, retry_after};
use heroes_store::webhooks::{self, After, Attempt, DELIVERY_JOB, Work};
use heroes_store::{Db, StoreResult};
use serde_json::json;

/// The most of an answer's body read and kept per attempt.
pub const RESPONSE_KEPT: usize = 2048;

/// How long attempts and finished deliveries are kept.
pub const KEPT_FOR_DAYS: i64 = 30;

/// Registers the delivery job and the daily trim.
pub fn register(registry: &mut Registry, base_url: &str, fetch: &FetchConfig) {
    let (base, fetch) = (base_url.to_owned(), fetch.clone());
    registry.queued(DELIVERY_JOB, move |ctx| {
        let (base, fetch) = (base.clone(), fetch.clone());
        async move { deliver(ctx, &base, &fetch).await }
    });
    registry.periodic("trim-webhooks", "daily", chrono::Duration::days(1), trim);
}

async fn trim(ctx: JobContext) -> Outcome {
    let before = Utc::now() - chrono::Duration::days(KEPT_FOR_DAYS);
    match webhooks::trim(&ctx.db, before).await {
        Ok(removed) => {
            tracing::info!(removed, "old webhook attempts and deliveries trimmed");
            Outcome::Done(None)
        }
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

async fn deliver(ctx: JobContext, base: &str, config: &FetchConfig) -> Outcome {
    let Ok(id) = ctx.key.parse::<i64>() else {
        return Outcome::Done(None);
    };
    match attempt(&ctx.db, id, base, config).await {
        Ok(Some(next)) => Outcome::Done(Some(next)),
        Ok(None) => Outcome::Done(None),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

/// One attempt at delivery `id`; returns when to try again, if ever.
async fn attempt(
    db: &Db,
    id: i64,
    base: &str,
    config: &FetchConfig,
) -> StoreResult<Option<DateTime<Utc>>> {
    // Gone (its endpoint was removed), or already settled by an earlier run.
    let Some(work) = webhooks::work(db, id).await? else {
        return Ok(None);
    };
    let kind = EventKind::from_name(&work.kind);
    if work.state != "pending" || kind.is_none() {
        return Ok(None);
    }
    // A paused endpoint's deliveries wait; resuming it queues them again. A ping is sent
    // anyway: the admin asked for it.
    if !work.active && kind != Some(EventKind::Ping) {
        return Ok(None);
    }
    let Some(body) = fixed_body(db, base, id, &work).await? else {
        return Ok(None);
    };
    let (attempt, delivered) = send(config, &work, &body).await;
    let at = attempt.at;
    let failures = u32::try_from(work.failures + 1).unwrap_or(u32::MAX);
    let after = if delivered {
        After::Delivered
    } else {
        match retry_after(failures) {
            Some(wait) => After::RetryAt(at + wait),
            None => After::Failed,
        }
    };
    if !webhooks::finish_attempt(db, id, &attempt, after, work.next_at).await? {
        // Replayed while this request was in flight: the replay's run sends it again.
        tracing::info!(
            delivery = id,
            status = attempt.status,
            "webhook attempt overtaken by a replay; its outcome is logged only"
        );
        return Ok(None);
    }
    tracing::info!(
        delivery = id,
        status = attempt.status,
        error = attempt.error.as_deref().unwrap_or(""),
        ?after,
        "webhook delivery attempted"
    );
    Ok(match after {
        After::RetryAt(next) => Some(next),
        After::Delivered | After::Failed => None,
    })
}

/// The body the delivery sends: fixed at its event's first attempt, so every retry and every
/// endpoint gets the same bytes. `None` (and the delivery skipped) when the subject is no
/// longer public.
async fn fixed_body(db: &Db, base: &str, id: i64, work: &Work) -> StoreResult<Option<String>> {
    if let Some(body) = &work.payload {
        return Ok(Some(body.clone()));
    }
    match payload(db, base, work).await? {
        Some(body) => Ok(Some(webhooks::fix_payload(db, work.event_id, &body).await?)),
        None => {
            webhooks::skip(db, id).await?;
            tracing::info!(
                delivery = id,
                "webhook skipped: its subject is no longer public"
            );
            Ok(None)
        }
    }
}

/// Posts `body` once: the attempt as logged (when, status, time taken, the start of the
/// answer or the error) and whether it was delivered (a 2xx answer).
async fn send(config: &FetchConfig, work: &Work, body: &str) -> (Attempt, bool) {
    let at = Utc::now();
    let started = std::time::Instant::now();
    let result = post(config, work, body, at).await;
    let mut attempt = Attempt {
        at,
        status: None,
        duration_ms: i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX),
        response_body: String::new(),
        error: None,
    };
    let delivered = match result {
        Ok((status, answer)) => {
            attempt.status = Some(i64::from(status));
            attempt.response_body = answer;
            (200..300).contains(&status)
        }
        Err(e) => {
            attempt.error = Some(e.to_string());
            false
        }
    };
    (attempt, delivered)
}

/// The event's body: `{id, type, created_at, data}` with `data` the public representation of
/// its subject as the API shows it; `None` when the subject is no longer public.
async fn payload(db: &Db, base: &str, work: &Work) -> StoreResult<Option<String>> {
    let Some(kind) = EventKind::from_name(&work.kind) else {
        return Ok(None);
    };
    let data = match (kind.subject(), work.subject_id) {
        (Subject::None, _) => json!({}),
        (Subject::Hero, Some(hero)) => {
            let Some(slug) = heroes_store::heroes::slug_of(db, hero).await? else {
                return Ok(None);
            };
            match heroes_store::heroes::get(db, &slug).await {
                Ok(detail) => json!(HeroJson::new(detail.card, base)),
                Err(heroes_store::StoreError::NotFound) => return Ok(None),
                Err(e) => return Err(e),
            }
        }
        (Subject::Contribution, Some(id)) => {
            match heroes_store::contributions::public(db, id).await? {
                Some(c) => json!(ContributionJson::new(c, base)),
                None => return Ok(None),
            }
        }
        (_, None) => return Ok(None),
    };
    let body = json!({
        "id": work.event_id,
        "type": kind.name(),
        "created_at": work.created_at.to_rfc3339(),
        "data": data,
    });
    Ok(Some(body.to_string()))
}

/// Posts `body` to the endpoint; the status and the start of the answer, or why not.
async fn post(
    config: &FetchConfig,
    work: &Work,
    body: &str,
    at: DateTime<Utc>,
) -> Result<(u16, String), FetchError> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let deadline = tokio::time::Instant::now() + config.timeout;
    let url = url::Url::parse(&work.url).map_err(|_| FetchError::BadAddress)?;
    let address = fetch::checked_address(&url, config).await?;
    let user_agent = concat!("heroes/", env!("CARGO_PKG_VERSION"), " (+webhooks)");
    let client = fetch::pinned_client(&url, address, user_agent)?;
    let request = client
        .post(url)
        .header("content-type", "application/json")
        .header("heroes-event", &work.kind)
        .header("heroes-delivery", work.delivery_id.to_string())
        .header(
            "heroes-signature",
            super::signature(&work.secret, at.timestamp(), body),
        )
        .body(body.to_owned());
    let mut response = fetch::send_by(deadline, request).await?;
    let status = response.status().as_u16();
    // Only the start of the answer is kept; the rest is never read.
    let mut kept = Vec::new();
    while kept.len() < RESPONSE_KEPT {
        match tokio::time::timeout_at(deadline, response.chunk()).await {
            Ok(Ok(Some(chunk))) => kept.extend_from_slice(&chunk),
            // The status counts even when the body is slow or broken.
            Ok(Ok(None) | Err(_)) | Err(_) => break,
        }
    }
    kept.truncate(RESPONSE_KEPT);
    Ok((status, String::from_utf8_lossy(&kept).into_owned()))
}
