//! Store errors: what went wrong, in words a person can act on.

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
            Self::Database(e) => write!(f, "database error: {e}"),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Database(e) => Some(e),
            _ => None,
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::RowNotFound => Self::NotFound,
            _ => Self::Database(e),
        }
    }
}
