//! Who did something, as the audit log names them.

use crate::audit::{self, AuditEntry};
use crate::db::Db;
use crate::error::StoreResult;

/// Who did something, for the audit log.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The account, or `None` for the command line or the system.
    pub user_id: Option<i64>,
    /// Shown in the log: an email address, `cli` or `system`.
    pub label: String,
    /// The client address, when the action came over HTTP.
    pub address: String,
}

impl Actor {
    /// The operator at the command line.
    pub fn cli() -> Actor {
        Actor {
            user_id: None,
            label: "cli".to_owned(),
            address: String::new(),
        }
    }

    /// The program itself, reacting to a request from `address` (a lock-out, say).
    pub fn system(address: &str) -> Actor {
        Actor {
            user_id: None,
            label: "system".to_owned(),
            address: address.to_owned(),
        }
    }

    /// Records an action that changed nothing else in the database (a lock-out, a profile
    /// edit saved by another store call). `target_user_id` names the account concerned, if
    /// any; `target` anything else (a slug, a token name).
    pub async fn record(
        &self,
        db: &Db,
        action: &'static str,
        target_user_id: Option<i64>,
        target: String,
        detail: String,
    ) -> StoreResult<()> {
        audit::append(db, &self.entry(action, target_user_id, target, detail)).await
    }

    pub(crate) fn entry(
        &self,
        action: &'static str,
        target_user_id: Option<i64>,
        target: String,
        detail: String,
    ) -> AuditEntry<'_> {
        AuditEntry {
            actor_id: self.user_id,
            actor_label: &self.label,
            action,
            target_user_id,
            target,
            address: &self.address,
            detail,
        }
    }
}
