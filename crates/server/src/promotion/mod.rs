//! Promotion: heroes' requests for amplification (`/account/promotion`, `requests.rs`), the
//! staff's queue and decisions (`/admin/promotion`, `admin.rs`), the spotlight on the home
//! page, at `/spotlight`, in its Atom and JSON feeds and at `/api/v1/spotlight`
//! (`spotlight.rs`), and the periodic digest: drafting and sending jobs, the public archive,
//! subscriptions with double opt-in and one-click unsubscribe (`digest.rs`, `jobs.rs`). Every
//! notice a step sends is composed in `notices.rs`.

pub mod admin;
pub mod digest;
pub mod jobs;
pub mod notices;
pub mod requests;
pub mod spotlight;

use crate::error::PageError;
use heroes_store::Db;
use sha2::{Digest as _, Sha256};

/// The name of the key the digest's links are signed with.
const DIGEST_KEY: &str = "digest-links";

/// HMAC-SHA256 (RFC 2104) of `message` under `key`, written out over `sha2` rather than adding
/// a crate for twelve lines.
pub(crate) fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(block.map(|b| b ^ 0x36));
    inner.update(message);
    let mut outer = Sha256::new();
    outer.update(block.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    outer.finalize().into()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a signed digest link is for: a token for one purpose never works for another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Confirming a visitor's subscription (double opt-in).
    Confirm,
    /// Unsubscribing, from any digest mail, in one click.
    Unsubscribe,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Confirm => "confirm",
            Purpose::Unsubscribe => "unsubscribe",
        }
    }
}

/// The program's key for digest links, made at first use (by whichever instance comes first).
pub(crate) async fn signing_key(db: &Db) -> Result<String, PageError> {
    let mut candidate = [0u8; 32];
    getrandom::fill(&mut candidate).map_err(|e| PageError::Internal(anyhow::anyhow!("{e}")))?;
    Ok(heroes_store::digest::signing_key(db, DIGEST_KEY, &hex(&candidate)).await?)
}

fn mac(key: &str, purpose: Purpose, subscriber: i64, email: &str) -> String {
    let message = format!("{}\n{subscriber}\n{email}", purpose.as_str());
    hex(&hmac_sha256(key.as_bytes(), message.as_bytes())[..20])
}

/// The signature of `message` under the program's link key (hex, 160 bits), for other
/// features' signed links (a group's one-click unsubscribe).
pub(crate) async fn mac_of(db: &Db, message: &str) -> Result<String, PageError> {
    let key = signing_key(db).await?;
    Ok(hex(&hmac_sha256(key.as_bytes(), message.as_bytes())[..20]))
}

/// Whether `given` is the signature [`mac_of`] makes for `message`, compared in constant
/// time.
pub(crate) async fn mac_matches(db: &Db, message: &str, given: &str) -> Result<bool, PageError> {
    let expected = mac_of(db, message).await?;
    Ok(expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0)
}

/// A token as [`sign`] makes it, under a key already read.
pub fn sign_with(key: &str, purpose: Purpose, subscriber: i64, email: &str) -> String {
    format!("{subscriber}.{}", mac(key, purpose, subscriber, email))
}

/// A token for `purpose` naming subscriber `subscriber` who subscribed as `email`:
/// `{id}.{mac}`. It needs no session: whoever holds the mail holds the token.
pub async fn sign(
    db: &Db,
    purpose: Purpose,
    subscriber: i64,
    email: &str,
) -> Result<String, PageError> {
    Ok(sign_with(
        &signing_key(db).await?,
        purpose,
        subscriber,
        email,
    ))
}

/// The subscriber id a token names, when its signature holds for that subscriber's address.
/// A token for an address that is no longer subscribed names nobody.
pub async fn verify(
    db: &Db,
    purpose: Purpose,
    token: &str,
) -> Result<Option<(i64, String)>, PageError> {
    let Some((id, given)) = token.split_once('.') else {
        return Ok(None);
    };
    let Ok(id) = id.parse::<i64>() else {
        return Ok(None);
    };
    let Some(email) = heroes_store::digest::subscriber_email(db, id).await? else {
        return Ok(None);
    };
    let key = signing_key(db).await?;
    let expected = mac(&key, purpose, id, &email);
    // Compared in constant time: the mac is the secret part of the link.
    let same = expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    Ok(same.then_some((id, email)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        let mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(
            hex(&mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
