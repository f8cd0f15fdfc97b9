//! Dispatch macros: one query body, expanded once per backend.
//!
//! sqlx's `Any` driver loses timestamps and numerics and emits placeholders PostgreSQL
//! rejects, so the store keeps the two native drivers and lets the compiler type-check the
//! same body against each.

/// Runs `$body` with `$pool` bound to the backend's pool (`&SqlitePool` or `&PgPool`).
macro_rules! with_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` with `$conn` bound to the transaction's connection. Inside the body, pass
/// `&mut *$conn` to each query.
macro_rules! with_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match &mut ($tx).conn {
            $crate::db::TxConn::Sqlite(tx) => {
                let $conn = &mut **tx;
                $body
            }
            $crate::db::TxConn::Postgres(tx) => {
                let $conn = &mut **tx;
                $body
            }
        }
    };
}

/// Binds every argument of a [`crate::sql::Sql`] to a query, in order.
macro_rules! bind_args {
    ($query:expr, $args:expr) => {{
        let mut q = $query;
        for arg in $args {
            q = match arg {
                $crate::sql::Arg::Int(v) => q.bind(*v),
                $crate::sql::Arg::OptInt(v) => q.bind(*v),
                $crate::sql::Arg::OptFloat(v) => q.bind(*v),
                $crate::sql::Arg::Text(v) => q.bind(v.clone()),
                $crate::sql::Arg::OptText(v) => q.bind(v.clone()),
                $crate::sql::Arg::Bool(v) => q.bind(*v),
                $crate::sql::Arg::Date(v) => q.bind(*v),
                $crate::sql::Arg::OptDate(v) => q.bind(*v),
                $crate::sql::Arg::Time(v) => q.bind(*v),
                $crate::sql::Arg::OptTime(v) => q.bind(*v),
            };
        }
        q
    }};
}
