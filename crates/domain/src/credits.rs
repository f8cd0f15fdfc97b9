//! Credits: a yearly allotment per hero in a unit the program names, requests with a
//! purpose, approval fully or partly (or a decline with a reason), and redemption codes
//! issued from an imported pool. Every change of a hero's balance is one entry of an
//! append-only ledger; the balance is what the entries sum to.
//!
//! Amounts are whole units ([`Amount`], an integer): credits are counted, never measured, so
//! no float ever touches them.

use crate::error::{Problem, ValidationError, names};
use crate::selection::cycle::parse_date;
use crate::text::Bounded;
use chrono::NaiveDate;

/// The most one amount may be (a billion units): far above any budget, far below overflow
/// when thousands are summed.
pub const MAX_AMOUNT: i64 = 1_000_000_000;

/// A positive whole number of units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(i64);

impl Amount {
    /// Reads a typed amount: digits only (thousands separators `,`, `_` and spaces allowed),
    /// between 1 and [`MAX_AMOUNT`]. "12.50" is refused rather than rounded: the unit is whole.
    pub fn parse(field: &'static str, value: &str) -> Result<Amount, ValidationError> {
        let digits: String = value
            .trim()
            .chars()
            .filter(|c| !matches!(c, ',' | '_' | ' '))
            .collect();
        if digits.is_empty() {
            return Err(ValidationError::new(field, Problem::Empty));
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-whole-number",
                },
            ));
        }
        let out_of_range = ValidationError::new(
            field,
            Problem::OutOfRange {
                min: 1,
                max: MAX_AMOUNT,
            },
        );
        let n: i64 = digits.parse().map_err(|_| out_of_range.clone())?;
        Amount::new(n).ok_or(out_of_range)
    }

    /// An amount from a stored or computed number, if it is in range.
    pub fn new(n: i64) -> Option<Amount> {
        (1..=MAX_AMOUNT).contains(&n).then_some(Amount(n))
    }

    /// The number of units.
    pub fn get(self) -> i64 {
        self.0
    }
}

/// The unit credits are counted in, named by the admins ("USD of cloud credits").
pub type Unit = Bounded<1, 40>;

/// What a ledger entry records. The sign of an entry's amount is fixed by its kind, and the
/// database checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// The year's allotment (adds).
    Allotment,
    /// An amount set aside for a request waiting for a decision (takes).
    Hold,
    /// A code handed to the hero (takes its value).
    Issue,
    /// A hold given back: the request was decided or withdrawn (adds).
    Release,
    /// Unused allotment at the end of its year, or an issued code past its date (takes, or
    /// records a code's end at zero).
    Expiry,
    /// Taken back: the hero moved to alumni and loses what was not issued (takes).
    Revocation,
}

impl EntryKind {
    /// Every kind, in the order pages explain them.
    pub const ALL: [EntryKind; 6] = [
        EntryKind::Allotment,
        EntryKind::Hold,
        EntryKind::Issue,
        EntryKind::Release,
        EntryKind::Expiry,
        EntryKind::Revocation,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Allotment => "allotment",
            EntryKind::Hold => "hold",
            EntryKind::Issue => "issue",
            EntryKind::Release => "release",
            EntryKind::Expiry => "expiry",
            EntryKind::Revocation => "revocation",
        }
    }

    /// Whether an entry of this kind adds to the balance (otherwise it takes, or is zero).
    pub fn adds(self) -> bool {
        matches!(self, EntryKind::Allotment | EntryKind::Release)
    }
}

names!(EntryKind, stored as "ledger entry kind");

/// What a request is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// A workshop the hero runs.
    Workshop,
    /// A demo or a talk.
    Demo,
    /// An open-source project.
    OpenSource,
    /// Anything else (the note says what).
    Other,
}

impl Purpose {
    /// Every purpose, in the order the form lists them.
    pub const ALL: [Purpose; 4] = [
        Purpose::Workshop,
        Purpose::Demo,
        Purpose::OpenSource,
        Purpose::Other,
    ];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Workshop => "workshop",
            Purpose::Demo => "demo",
            Purpose::OpenSource => "open-source",
            Purpose::Other => "other",
        }
    }
}

names!(Purpose, stored as "credit purpose", submitted expecting "expected-listed-purposes");

/// A hero's request, parsed from the form or the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    /// What the credits are for.
    pub purpose: Purpose,
    /// How much.
    pub amount: Amount,
    /// What the hero says about it (plain text, shown to staff).
    pub note: Bounded<0, 2000>,
    /// Chosen by the form when it is shown, so that submitting it twice (a double click, a
    /// retry after a timeout) makes one request.
    pub idempotency_key: IdempotencyKey,
}

impl NewRequest {
    /// Parses every field, reporting all problems at once.
    pub fn parse(
        purpose: &str,
        amount: &str,
        note: &str,
        idempotency_key: &str,
    ) -> Result<NewRequest, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let purpose = Purpose::parse("purpose", purpose).map_err(|e| errors.push(e));
        let amount = Amount::parse("amount", amount).map_err(|e| errors.push(e));
        let note = Bounded::parse("note", note).map_err(|e| errors.push(e));
        let key =
            IdempotencyKey::parse("idempotency_key", idempotency_key).map_err(|e| errors.push(e));
        match (purpose, amount, note, key) {
            (Ok(purpose), Ok(amount), Ok(note), Ok(idempotency_key)) => Ok(NewRequest {
                purpose,
                amount,
                note,
                idempotency_key,
            }),
            _ => Err(errors),
        }
    }
}

/// A client-chosen key that makes a retried operation a no-op: 8 to 64 letters, digits, `-`
/// or `_` (a UUID fits).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// Reads a submitted key.
    pub fn parse(field: &'static str, value: &str) -> Result<IdempotencyKey, ValidationError> {
        let value = value.trim();
        let ok = (8..=64).contains(&value.len())
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if ok {
            Ok(IdempotencyKey(value.to_owned()))
        } else {
            Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-8-64-letters-digits",
                },
            ))
        }
    }

    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Waiting for staff; its amount is held.
    Requested,
    /// Approved for the whole amount; codes issued.
    Approved,
    /// Approved for less than asked; codes issued for that, the rest released.
    PartlyApproved,
    /// Declined with a reason; the hold released.
    Declined,
    /// Withdrawn by the hero, or closed when the hero left the program; the hold released.
    Withdrawn,
}

impl State {
    /// Every state.
    pub const ALL: [State; 5] = [
        State::Requested,
        State::Approved,
        State::PartlyApproved,
        State::Declined,
        State::Withdrawn,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Requested => "requested",
            State::Approved => "approved",
            State::PartlyApproved => "partly-approved",
            State::Declined => "declined",
            State::Withdrawn => "withdrawn",
        }
    }

    /// Whether a decision is still to come.
    pub fn is_open(self) -> bool {
        self == State::Requested
    }

    /// The state a step leads to from this one, or why it may not be taken.
    /// `requested` is what the request asked for.
    pub fn apply(self, step: &Step, requested: Amount) -> Result<State, Refusal> {
        if self != State::Requested {
            return Err(Refusal::AlreadyDecided);
        }
        Ok(match step {
            Step::Approve(amount) if *amount > requested => {
                return Err(Refusal::MoreThanRequested);
            }
            Step::Approve(amount) if *amount == requested => State::Approved,
            Step::Approve(_) => State::PartlyApproved,
            Step::Decline(_) => State::Declined,
            Step::Withdraw => State::Withdrawn,
        })
    }
}

names!(State, stored as "credit request state");

/// A decision on a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Approve this amount (all of the request, or part of it).
    Approve(Amount),
    /// Decline, saying why (the hero reads it).
    Decline(Bounded<1, 2000>),
    /// The hero takes the request back.
    Withdraw,
}

/// Why a credits operation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The request was decided already (perhaps by someone else a moment ago).
    AlreadyDecided,
    /// An approval for more than the request asked.
    MoreThanRequested,
    /// The balance does not cover the amount.
    NotEnoughBalance,
    /// The pool has no codes that make up the amount exactly.
    PoolCannotCover,
}

impl Refusal {
    /// The catalog id of the message explaining it.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::AlreadyDecided => "credits-refusal-decided",
            Refusal::MoreThanRequested => "credits-refusal-more-than-requested",
            Refusal::NotEnoughBalance => "credits-refusal-balance",
            Refusal::PoolCannotCover => "credits-refusal-pool",
        }
    }
}

/// One row of a code pool file: `code,value,expiry`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolCode {
    /// The redemption code exactly as the provider issued it (4 to 100 printable ASCII
    /// characters, no spaces).
    pub code: String,
    /// What it is worth.
    pub value: Amount,
    /// The last day it can be redeemed.
    pub expires_on: NaiveDate,
}

impl PoolCode {
    /// Parses one row's three fields.
    pub fn parse(code: &str, value: &str, expiry: &str) -> Result<PoolCode, ValidationError> {
        let code = code.trim();
        if !(4..=100).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_graphic()) {
            return Err(ValidationError::new(
                "code",
                Problem::Invalid {
                    expected: "expected-4-100-printable-characters",
                },
            ));
        }
        Ok(PoolCode {
            code: code.to_owned(),
            value: Amount::parse("value", value)?,
            expires_on: parse_date("expiry", expiry)?,
        })
    }
}

/// A refused row of a pool file: its line number and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line in the file.
    pub line: usize,
    /// What was wrong.
    pub error: ValidationError,
}

/// Reads a pool file: `code,value,expiry` per line, an optional header line naming those
/// columns, blank lines skipped. Every row is checked; any bad row refuses the file, so an
/// import is all or nothing.
pub fn parse_pool(text: &str) -> Result<Vec<PoolCode>, Vec<RowError>> {
    parse_pool_rows(text).map(|rows| rows.into_iter().map(|(_, code)| code).collect())
}

/// [`parse_pool`] keeping each code's 1-based line in the file, for an import that reports
/// rows it refuses later (a code already in the pool with another value or expiry).
pub fn parse_pool_rows(text: &str) -> Result<Vec<(usize, PoolCode)>, Vec<RowError>> {
    let mut codes = Vec::new();
    let mut errors = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || (index == 0 && line.to_ascii_lowercase().starts_with("code,")) {
            continue;
        }
        let fields: Vec<&str> = line.split(',').collect();
        let parsed = match fields.as_slice() {
            [code, value, expiry] => PoolCode::parse(code, value, expiry),
            _ => Err(ValidationError::new(
                "row",
                Problem::Invalid {
                    expected: "expected-three-fields-code-value",
                },
            )),
        };
        match parsed {
            Ok(code) => codes.push((index + 1, code)),
            Err(error) => errors.push(RowError {
                line: index + 1,
                error,
            }),
        }
    }
    if errors.is_empty() {
        Ok(codes)
    } else {
        Err(errors)
    }
}

/// A calendar quarter, for the spend report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// The year.
    pub year: i32,
    /// 1 to 4.
    pub number: u32,
}

impl Quarter {
    /// The quarter a day falls in.
    pub fn of(day: NaiveDate) -> Quarter {
        use chrono::Datelike;
        Quarter {
            year: day.year(),
            number: (day.month() - 1) / 3 + 1,
        }
    }
}

impl std::fmt::Display for Quarter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-Q{}", self.year, self.number)
    }
}

/// How a code is shown to anyone but its holder revealing it: never the code itself.
pub fn masked(code_len: usize) -> String {
    "•".repeat(code_len.clamp(4, 12))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(n: i64) -> Amount {
        Amount::new(n).unwrap()
    }

    #[test]
    fn amounts_are_whole_positive_numbers() {
        assert_eq!(Amount::parse("a", " 1,500 ").unwrap().get(), 1500);
        assert_eq!(Amount::parse("a", "1_000_000").unwrap().get(), 1_000_000);
        for bad in ["", "0", "-5", "12.50", "1e3", "abc", "99999999999999999999"] {
            assert!(Amount::parse("a", bad).is_err(), "{bad:?}");
        }
        assert!(Amount::parse("a", &MAX_AMOUNT.to_string()).is_ok());
        assert!(Amount::parse("a", &(MAX_AMOUNT + 1).to_string()).is_err());
    }

    /// Every step from every state, as a table: (from, step, to or refusal).
    #[test]
    fn the_request_state_machine_as_a_table() {
        let reason = Bounded::parse("reason", "Budget spent").unwrap();
        let steps = [
            Step::Approve(amount(100)),
            Step::Approve(amount(40)),
            Step::Approve(amount(101)),
            Step::Decline(reason),
            Step::Withdraw,
        ];
        use Refusal::*;
        use State::*;
        let table: [(State, [Result<State, Refusal>; 5]); 5] = [
            (
                Requested,
                [
                    Ok(Approved),
                    Ok(PartlyApproved),
                    Err(MoreThanRequested),
                    Ok(Declined),
                    Ok(Withdrawn),
                ],
            ),
            (Approved, [Err(AlreadyDecided); 5]),
            (PartlyApproved, [Err(AlreadyDecided); 5]),
            (Declined, [Err(AlreadyDecided); 5]),
            (Withdrawn, [Err(AlreadyDecided); 5]),
        ];
        for (from, expected) in table {
            for (step, want) in steps.iter().zip(expected) {
                assert_eq!(from.apply(step, amount(100)), want, "{from:?} {step:?}");
            }
        }
    }

    #[test]
    fn stored_names_round_trip_and_unknown_ones_fail() {
        for s in State::ALL {
            assert_eq!(State::try_from(s.as_str().to_owned()), Ok(s));
        }
        for k in EntryKind::ALL {
            assert_eq!(EntryKind::try_from(k.as_str().to_owned()), Ok(k));
        }
        for p in Purpose::ALL {
            assert_eq!(Purpose::try_from(p.as_str().to_owned()), Ok(p));
        }
        assert!(State::try_from("approvedish".to_owned()).is_err());
        assert!(EntryKind::try_from("gift".to_owned()).is_err());
    }

    #[test]
    fn a_request_reports_every_wrong_field() {
        let errors = NewRequest::parse("party", "1.5", &"x".repeat(2001), "short").unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["purpose", "amount", "note", "idempotency_key"]);
        let ok =
            NewRequest::parse("workshop", "250", "Kubernetes workshop", "key-12345678").unwrap();
        assert_eq!(ok.amount.get(), 250);
        assert_eq!(ok.purpose, Purpose::Workshop);
    }

    #[test]
    fn a_pool_file_is_all_or_nothing() {
        let good = "code,value,expiry\nABCD-1234,100,2027-12-31\n\nWXYZ-9876,50,2027-06-30\n";
        let codes = parse_pool(good).unwrap();
        assert_eq!(codes.len(), 2);
        assert_eq!(codes[1].value.get(), 50);
        let bad =
            "ABCD-1234,100,2027-12-31\nab,100,2027-12-31\nEFGH-5678,ten,2027-01-01\nonly,two\n";
        let errors = parse_pool(bad).unwrap_err();
        let lines: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.error.field)).collect();
        assert_eq!(lines, [(2, "code"), (3, "value"), (4, "row")]);
    }

    #[test]
    fn quarters() {
        let q = |y, m, d| Quarter::of(NaiveDate::from_ymd_opt(y, m, d).unwrap()).to_string();
        assert_eq!(q(2026, 1, 1), "2026-Q1");
        assert_eq!(q(2026, 3, 31), "2026-Q1");
        assert_eq!(q(2026, 4, 1), "2026-Q2");
        assert_eq!(q(2026, 12, 31), "2026-Q4");
    }
}
