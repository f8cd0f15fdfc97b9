//! The demo's own accounts (members, staff, heroes' logins): verified, audited as the actor
//! `demo`, and unable to sign in, since they share the hash of a secret nobody keeps.

use anyhow::{Context, anyhow};
use heroes_domain::account::Email;
use heroes_store::Db;
use heroes_store::accounts::{self, Actor, NewAccount};

/// Who the demo's writes are audited as.
pub(super) fn actor() -> Actor {
    Actor {
        user_id: None,
        label: "demo".to_owned(),
        address: String::new(),
    }
}

/// Makes the demo's accounts.
pub(super) struct DemoAccounts<'a> {
    db: &'a Db,
    password_hash: String,
    actor: Actor,
}

impl<'a> DemoAccounts<'a> {
    /// Hashes a fresh secret once for every account it makes (a password hash is slow on
    /// purpose).
    pub(super) async fn new(db: &'a Db) -> anyhow::Result<Self> {
        let (secret, _) = crate::auth::new_secret();
        let password_hash = crate::auth::password::hash(secret)
            .await
            .map_err(|e| anyhow!("{e:?}"))?;
        Ok(Self {
            db,
            password_hash,
            actor: actor(),
        })
    }

    /// A verified account of `name` at `email`: its user id.
    pub(super) async fn create(&self, email: String, name: String) -> anyhow::Result<i64> {
        let email = Email::parse("email", &email)
            .with_context(|| format!("demo address {email} does not parse"))?;
        accounts::sign_up(
            self.db,
            NewAccount {
                email: &email,
                name: &name,
                password_hash: self.password_hash.clone(),
                verified: true,
            },
            None,
            &self.actor,
        )
        .await
        .with_context(|| format!("creating the demo account {email}"))
    }
}
