//! A tiny builder for statements whose shape depends on input (the directory's filters).
//!
//! It numbers placeholders `$1, $2, …`, which both SQLite and PostgreSQL accept, and keeps the
//! values beside the text so that user input is only ever bound, never spliced in.
//! [`Sql::fetch_all`], [`Sql::fetch_optional`] and [`Sql::fetch_count`] run it on either
//! backend.

use crate::db::Db;
use crate::error::StoreResult;
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

/// A row type both backends can read a statement's rows into.
pub(crate) trait BothRows:
    Send + Unpin + for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow>
{
}

impl<T> BothRows for T where
    T: Send + Unpin + for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow>
{
}

/// A value to bind.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Int(i64),
    OptInt(Option<i64>),
    OptFloat(Option<f64>),
    Text(String),
    OptText(Option<String>),
    Bool(bool),
    Date(chrono::NaiveDate),
    OptDate(Option<chrono::NaiveDate>),
    Time(chrono::DateTime<chrono::Utc>),
    OptTime(Option<chrono::DateTime<chrono::Utc>>),
}

/// Statement text plus the values for its placeholders.
#[derive(Debug, Default, Clone)]
pub(crate) struct Sql {
    pub text: String,
    pub args: Vec<Arg>,
}

impl Sql {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            args: Vec::new(),
        }
    }

    /// A whole statement, its placeholders `$1, $2, …` numbered already, and their values.
    pub fn with_args(text: String, args: impl IntoIterator<Item = Arg>) -> Self {
        Self {
            text,
            args: args.into_iter().collect(),
        }
    }

    /// Every row the statement answers.
    pub async fn fetch_all<T: BothRows>(&self, db: &Db) -> StoreResult<Vec<T>> {
        Ok(with_pool!(db, |pool| {
            bind_args!(
                sqlx::query_as::<_, T>(sqlx::AssertSqlSafe(self.text.as_str())),
                &self.args
            )
            .fetch_all(pool)
            .await
        })?)
    }

    /// The row the statement answers, if any.
    pub async fn fetch_optional<T: BothRows>(&self, db: &Db) -> StoreResult<Option<T>> {
        Ok(with_pool!(db, |pool| {
            bind_args!(
                sqlx::query_as::<_, T>(sqlx::AssertSqlSafe(self.text.as_str())),
                &self.args
            )
            .fetch_optional(pool)
            .await
        })?)
    }

    /// Runs the statement in `tx`; how many rows it changed.
    pub async fn execute_in(&self, tx: &mut crate::db::Tx) -> StoreResult<u64> {
        Ok(with_tx!(tx, |conn| {
            bind_args!(
                sqlx::query(sqlx::AssertSqlSafe(self.text.as_str())),
                &self.args
            )
            .execute(&mut *conn)
            .await?
            .rows_affected()
        }))
    }

    /// Runs the statement in `tx`; the id its row answers (`… RETURNING id`), if it answers
    /// one.
    pub async fn fetch_id_in(&self, tx: &mut crate::db::Tx) -> StoreResult<Option<i64>> {
        Ok(with_tx!(tx, |conn| {
            bind_args!(
                sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(self.text.as_str())),
                &self.args
            )
            .fetch_optional(&mut *conn)
            .await?
        }))
    }

    /// The number a `SELECT count(*) …` statement answers.
    pub async fn fetch_count(&self, db: &Db) -> StoreResult<i64> {
        Ok(with_pool!(db, |pool| {
            bind_args!(
                sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(self.text.as_str())),
                &self.args
            )
            .fetch_one(pool)
            .await
        })?)
    }

    /// Appends literal SQL (never user input).
    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder bound to `arg`.
    pub fn bind(&mut self, arg: Arg) -> &mut Self {
        self.args.push(arg);
        self.text.push('$');
        self.text.push_str(&self.args.len().to_string());
        self
    }

    /// Appends `(p1, p2, …)` for a non-empty list.
    pub fn bind_list(&mut self, args: impl IntoIterator<Item = Arg>) -> &mut Self {
        self.text.push('(');
        for (i, arg) in args.into_iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.bind(arg);
        }
        self.text.push(')');
        self
    }

    /// Appends another fragment, renumbering its placeholders.
    pub fn append(&mut self, other: &Sql) -> &mut Self {
        let offset = self.args.len();
        let mut rest = other.text.as_str();
        while let Some(pos) = rest.find('$') {
            self.text.push_str(&rest[..pos]);
            let digits: String = rest[pos + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if digits.is_empty() {
                self.text.push('$');
                rest = &rest[pos + 1..];
            } else {
                let n: usize = digits.parse().unwrap_or(0);
                self.text.push('$');
                self.text.push_str(&(n + offset).to_string());
                rest = &rest[pos + 1 + digits.len()..];
            }
        }
        self.text.push_str(rest);
        self.args.extend(other.args.iter().cloned());
        self
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_owned())
    }
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<chrono::NaiveDate> for Arg {
    fn from(v: chrono::NaiveDate) -> Self {
        Arg::Date(v)
    }
}

impl From<chrono::DateTime<chrono::Utc>> for Arg {
    fn from(v: chrono::DateTime<chrono::Utc>) -> Self {
        Arg::Time(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_renumbers_placeholders() {
        let mut filter = Sql::default();
        filter
            .push(" AND a = ")
            .bind(Arg::Int(1))
            .push(" AND b IN ");
        filter.bind_list([Arg::from("x"), Arg::from("y")]);
        let mut q = Sql::new("SELECT 1 WHERE c = ");
        q.bind(Arg::Int(0)).append(&filter);
        assert_eq!(q.text, "SELECT 1 WHERE c = $1 AND a = $2 AND b IN ($3, $4)");
        assert_eq!(q.args.len(), 4);
    }
}
