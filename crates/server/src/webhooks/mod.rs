//! Webhooks (issue 19): admins register endpoints at `/admin/webhooks` (`admin.rs`) for the
//! events of `heroes_domain::webhooks::EventKind`; the store records each event with the
//! change that causes it and queues one `deliver-webhook` job per endpoint; the job
//! (`delivery.rs`) builds the body from the public API representation, signs it and posts it
//! with the feed fetcher's outgoing-request safety, retrying on the domain's schedule.
//!
//! The signature scheme (documented in the README): `Heroes-Signature: t=<unix>,v1=<hex>`,
//! where `<hex>` is HMAC-SHA256 under the endpoint's secret of `"<t>.<body>"`; `t` is the
//! time of the attempt, so a receiver can refuse old messages and a replay is signed anew.

pub mod admin;
pub mod delivery;

pub use delivery::register;

/// A fresh endpoint secret: 256 random bits, hex, with a prefix that says what it is (in a
/// password manager or a leaked config file).
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    format!("whsec_{}", crate::promotion::hex(&bytes))
}

/// The `Heroes-Signature` header value for `body` sent at `timestamp` (Unix seconds).
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let message = format!("{timestamp}.{body}");
    let mac = crate::promotion::hmac_sha256(secret.as_bytes(), message.as_bytes());
    format!("t={timestamp},v1={}", crate::promotion::hex(&mac))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_is_hmac_of_timestamp_dot_body() {
        // Computed with: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assert_eq!(
            signature("whsec_test", 1_700_000_000, r#"{"a":1}"#),
            "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"
        );
        assert!(new_secret().starts_with("whsec_"));
        assert_eq!(new_secret().len(), 6 + 64);
        assert_ne!(new_secret(), new_secret());
    }
}
