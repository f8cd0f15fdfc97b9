//! HTML forms: reading them without ever refusing the request, and carrying field errors
//! back to the page together with what the person typed.
//!
//! Handlers read forms with [`FormPairs`] instead of axum's `Form`, whose rejection happens
//! before the handler runs: that would answer a visitor's POST to a members-only form with a
//! 422 instead of the sign-in page, and lose the typed input on any mistake. (A NUL byte,
//! which nobody types, is the one thing refused.)

use crate::error::PageError;
use crate::i18n::I18n;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};
use heroes_domain::{Problem, ValidationError};
use heroes_store::StoreError;

/// A submitted `application/x-www-form-urlencoded` body as ordered pairs.
#[derive(Debug, Clone, Default)]
pub struct FormPairs(pub Vec<(String, String)>);

impl FormPairs {
    /// The first value of `key` exactly as typed, or `""`.
    pub fn get(&self, key: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every value of `key` (ticked checkboxes of one name), in order.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Every value of `key`, owned (for a form's input struct).
    pub fn owned(&self, key: &str) -> Vec<String> {
        self.all(key).into_iter().map(str::to_owned).collect()
    }
}

impl<S: Send + Sync> FromRequest<S> for FormPairs {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&bytes)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        // The one refusal: no person types a NUL byte, and PostgreSQL cannot store one in
        // text (a field passed on unparsed would fail the query). The error-page middleware
        // gives the 400 its page.
        if pairs
            .iter()
            .any(|(k, v)| k.contains('\0') || v.contains('\0'))
        {
            return Err((
                axum::http::StatusCode::BAD_REQUEST,
                "The form contains a NUL byte (%00).",
            )
                .into_response());
        }
        Ok(FormPairs(pairs))
    }
}

/// How a form words the store's refusals (message ids).
pub struct StoreRefusals {
    /// An unknown reference (a specialization retired meanwhile).
    pub unknown: &'static str,
    /// A conflict (a name taken).
    pub conflict: &'static str,
}

/// Messages for the fields of one form, in the order they were found.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    /// Adds a message for `field`.
    pub fn add(&mut self, field: &'static str, message: String) {
        self.0.push((field, message));
    }

    /// Adds a domain validation error, translated.
    pub fn add_problem(&mut self, i18n: &I18n, error: &ValidationError) {
        self.add(error.field, problem_message(i18n, &error.problem));
    }

    /// Adds every error of a form's parse, translated.
    pub fn add_problems(&mut self, i18n: &I18n, errors: &[ValidationError]) {
        for e in errors {
            self.add_problem(i18n, e);
        }
    }

    /// Keeps the value of a parse, or records its error.
    pub fn check<T>(&mut self, i18n: &I18n, result: Result<T, ValidationError>) -> Option<T> {
        result.map_err(|e| self.add_problem(i18n, &e)).ok()
    }

    /// Keeps the value of a whole form's parse, or records every error it found.
    pub fn check_all<T>(
        &mut self,
        i18n: &I18n,
        result: Result<T, Vec<ValidationError>>,
    ) -> Option<T> {
        result.map_err(|e| self.add_problems(i18n, &e)).ok()
    }

    /// Puts the store's refusal of a form on its field, worded by `messages`; any other
    /// error is the page's.
    pub fn store_refusal(
        &mut self,
        i18n: &I18n,
        error: StoreError,
        messages: &StoreRefusals,
    ) -> Result<(), PageError> {
        match error {
            StoreError::UnknownReference { field, .. } => self.add(field, i18n.t(messages.unknown)),
            StoreError::Conflict { field } => self.add(field, i18n.t(messages.conflict)),
            other => return Err(other.into()),
        }
        Ok(())
    }

    /// The first message for `field`, for the template.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A length or a row number as a message's number argument (none comes near `i64::MAX`).
pub fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A validation problem in the reader's language.
pub fn problem_message(i18n: &I18n, problem: &Problem) -> String {
    match problem {
        Problem::Empty => i18n.t("problem-empty"),
        Problem::TooLong { max } => i18n.tn("problem-too-long", "max", count(*max)),
        Problem::TooShort { min } => i18n.tn("problem-too-short", "min", count(*min)),
        Problem::Invalid { expected } => i18n.t1("problem-invalid", "expected", i18n.t(expected)),
        Problem::OutOfRange { min, max } => {
            i18n.t_nums("problem-out-of-range", &[("min", *min), ("max", *max)])
        }
        // Years as text: a number argument would be grouped ("2,012").
        Problem::YearOutOfRange { min, max } => i18n.t_args(
            "problem-year-out-of-range",
            &[("min", min.to_string()), ("max", max.to_string())],
        ),
    }
}

/// Why an uploaded file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadProblem {
    /// No file (or an empty one) in the form.
    Missing,
    /// Larger than allowed.
    TooLarge,
    /// The form itself was broken.
    Unreadable,
}

/// Reads the file in the multipart field `name` with the name the browser gave it (empty
/// when it gave none), refusing more than `max_bytes` as it reads. An empty file is returned
/// as read, for the caller to refuse in its own words.
pub async fn read_named_upload(
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
    name: &str,
    max_bytes: usize,
) -> Result<(String, Vec<u8>), UploadProblem> {
    let mut multipart = multipart.map_err(|_| UploadProblem::Missing)?;
    let problem = |e: axum::extract::multipart::MultipartError| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            UploadProblem::TooLarge
        } else {
            UploadProblem::Unreadable
        }
    };
    while let Some(mut field) = multipart.next_field().await.map_err(problem)? {
        if field.name() != Some(name) {
            continue;
        }
        let file_name = field.file_name().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(problem)? {
            if bytes.len() + chunk.len() > max_bytes {
                return Err(UploadProblem::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        return Ok((file_name, bytes));
    }
    Err(UploadProblem::Missing)
}

/// Reads the file in the multipart field `name`, refusing more than `max_bytes` as it reads
/// (an empty file counts as none).
pub async fn read_upload(
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
    name: &str,
    max_bytes: usize,
) -> Result<Vec<u8>, UploadProblem> {
    match read_named_upload(multipart, name, max_bytes).await? {
        (_, bytes) if bytes.is_empty() => Err(UploadProblem::Missing),
        (_, bytes) => Ok(bytes),
    }
}
