//! Store errors: what went wrong, in words a person can act on.

use sqlx::error::DatabaseError;
use std::fmt;

/// Why a store operation failed.
#[derive(Debug)]
pub enum StoreError {
    /// The database could not be opened or reached; the text says why in one sentence.
    Connect(String),
    /// The thing asked for does not exist.
    NotFound,
    /// A unique value is taken (`field` names which).
    Conflict {
        /// The field whose value is already used.
        field: &'static str,
    },
    /// A value refers to something that does not exist (an unknown specialization).
    UnknownReference {
        /// The field holding the reference.
        field: &'static str,
        /// The value that matched nothing.
        value: String,
    },
    /// The database's migration history does not match the migrations in this binary (one
    /// was edited after it ran); the text says which and what to do.
    Migration(String),
    /// The database cannot be reached or is too busy right now (no connection within the
    /// pool's wait, connection lost, server shutting down, SQLite's lock not free in time).
    /// Worth trying again in a moment; the pool reconnects by itself.
    Unavailable(sqlx::Error),
    /// Anything else the database reported.
    Database(sqlx::Error),
}

/// The result of a store operation.
pub type StoreResult<T> = Result<T, StoreError>;

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Connect(reason) | Self::Migration(reason) => f.write_str(reason),
            Self::NotFound => f.write_str("not found"),
            Self::Conflict { field } => write!(f, "this {field} is already taken"),
            Self::UnknownReference { field, value } => {
                write!(f, "{field}: unknown value {value:?}")
            }
            Self::Unavailable(e) => write!(f, "the database is unavailable: {e}"),
            Self::Database(e) => write!(f, "database error: {e}"),
        }
    }
}

impl StoreError {
    /// An [`UnknownReference`](Self::UnknownReference) on `field`: `value` matched nothing.
    pub(crate) fn unknown(field: &'static str, value: impl fmt::Display) -> Self {
        Self::UnknownReference {
            field,
            value: value.to_string(),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Database(e) | Self::Unavailable(e) => Some(e),
            _ => None,
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::RowNotFound => Self::NotFound,
            _ if is_unavailable(&e) => Self::Unavailable(e),
            _ => Self::Database(e),
        }
    }
}

/// A stored name no variant carries (a state, a kind): the row cannot be read.
impl From<heroes_domain::UnknownName> for StoreError {
    fn from(e: heroes_domain::UnknownName) -> Self {
        Self::Database(sqlx::Error::Decode(Box::new(e)))
    }
}

/// Whether `e` says the database is out of reach for now rather than that the statement is
/// wrong.
fn is_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => {
            if let Some(sqlite) = db.try_downcast_ref::<sqlx::sqlite::SqliteError>() {
                // Extended codes: SQLITE_BUSY (5) and SQLITE_LOCKED (6) in any variant mean
                // another writer held the lock past the busy timeout.
                let code = sqlite.code().and_then(|c| c.parse::<i32>().ok());
                code.is_some_and(|c| matches!(c & 0xff, 5 | 6))
            } else if let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
                // Too many connections, or the server is shutting down or starting (57P).
                pg.code() == "53300" || pg.code().starts_with("57P")
            } else {
                false
            }
        }
        _ => false,
    }
}
