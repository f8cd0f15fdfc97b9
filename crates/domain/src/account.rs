//! People who sign in: email addresses, passwords worth accepting, and roles.

use crate::error::{Problem, ValidationError};
use std::fmt;

/// An email address, trimmed and lower-cased so that one person cannot hold two accounts by
/// changing case. Only the shape is checked (one `@`, a dotted domain, no spaces); whether
/// it receives mail is proven by the verification link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// The longest address SMTP can carry (RFC 5321 path limit).
    pub const MAX: usize = 254;

    /// Parses `value` for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            return Err(ValidationError::new(field, Problem::Empty));
        }
        if trimmed.chars().count() > Self::MAX {
            return Err(ValidationError::new(
                field,
                Problem::TooLong { max: Self::MAX },
            ));
        }
        let invalid = || {
            ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-email-address-name-example",
                },
            )
        };
        let (local, domain) = trimmed.rsplit_once('@').ok_or_else(invalid)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && local
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"".contains(c));
        if !domain_ok || !local_ok {
            return Err(invalid());
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password acceptable for a new account or a change. Refuses what an attacker guesses
/// first: short passwords, the email address itself, a handful of all-time favourites and
/// passwords of one repeated character. Kept only until it is hashed; `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

/// Passwords every cracking list starts with (lower-cased); a longer list would belong in a
/// breach-corpus check, which we do not call out to.
const COMMON: &[&str] = &[
    "password",
    "password1",
    "password123",
    "passw0rd",
    "1234567890",
    "12345678910",
    "qwertyuiop",
    "iloveyou12",
    "letmein123",
    "welcome123",
    "administrator",
    "changeme123",
    "0123456789",
    "abcdefghij",
    "qwerty1234",
    "1q2w3e4r5t",
    "superman12",
    "trustno1234",
];

impl NewPassword {
    /// The shortest password accepted.
    pub const MIN: usize = 10;
    /// The longest (argon2 takes anything, but a megabyte "password" is an attack).
    pub const MAX: usize = 1000;

    /// Parses `value` for `field`, refusing a password equal to (or contained in) `email`.
    pub fn parse(field: &'static str, value: &str, email: &str) -> Result<Self, ValidationError> {
        let chars = value.chars().count();
        if chars == 0 {
            return Err(ValidationError::new(field, Problem::Empty));
        }
        if chars < Self::MIN {
            return Err(ValidationError::new(
                field,
                Problem::TooShort { min: Self::MIN },
            ));
        }
        if chars > Self::MAX {
            return Err(ValidationError::new(
                field,
                Problem::TooLong { max: Self::MAX },
            ));
        }
        let lower = value.trim().to_lowercase();
        let email = email.trim().to_lowercase();
        let local = email.split('@').next().unwrap_or_default();
        let first = lower.chars().next();
        let guessable = COMMON.contains(&lower.as_str())
            || (!email.is_empty() && (lower == email || email.contains(&lower)))
            || (local.chars().count() >= 4 && lower == local)
            || lower.chars().all(|c| Some(c) == first);
        if guessable {
            return Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-password-not-your-email",
                },
            ));
        }
        Ok(Self(value.to_owned()))
    }

    /// The password, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// What a person may be in the program (see PRODUCT.md, "People and roles"). `Member` is
/// every signed-in account; `Hero` and `Alumni` are derived from the hero record an account is
/// linked to (`Candidate` too, before the announcement); `Staff`, `Reviewer` and `Admin` are
/// granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A signed-up community member.
    Member,
    /// A member with an active (or paused, on-leave) hero award.
    Hero,
    /// A former hero.
    Alumni,
    /// An employee of the company running the program.
    Staff,
    /// Someone who reviews nominations when assigned.
    Reviewer,
    /// A program manager: everything.
    Admin,
    /// An accepted candidate before announcement day: completes their hero record (profile,
    /// contributions, sources), which is not public yet, and has none of a hero's benefits.
    Candidate,
}

impl Role {
    /// Every role, in order of the table in PRODUCT.md.
    pub const ALL: [Role; 7] = [
        Role::Member,
        Role::Hero,
        Role::Alumni,
        Role::Staff,
        Role::Reviewer,
        Role::Admin,
        Role::Candidate,
    ];
    /// The roles an admin grants; the others follow from the account and its hero record.
    pub const GRANTABLE: [Role; 3] = [Role::Staff, Role::Reviewer, Role::Admin];

    /// The stable name used in the database, the CLI and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Hero => "hero",
            Role::Alumni => "alumni",
            Role::Staff => "staff",
            Role::Reviewer => "reviewer",
            Role::Admin => "admin",
            Role::Candidate => "candidate",
        }
    }

    /// Parses a grantable role name (`staff`, `reviewer`, `admin`).
    pub fn parse_grantable(field: &'static str, value: &str) -> Result<Role, ValidationError> {
        Role::GRANTABLE
            .into_iter()
            .find(|r| r.as_str() == value.trim().to_lowercase())
            .ok_or_else(|| {
                ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "expected-staff-reviewer-admin",
                    },
                )
            })
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of roles (small and `Copy`, so the policy can take it by value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Roles(u8);

impl Roles {
    /// No roles at all: a visitor who has not signed in.
    pub const NONE: Roles = Roles(0);

    /// The roles of a signed-in account: always `Member`, plus `granted` and the hero-derived
    /// role.
    pub fn of_account(granted: impl IntoIterator<Item = Role>) -> Roles {
        let mut roles = Roles(Role::Member.bit());
        for role in granted {
            roles.0 |= role.bit();
        }
        roles
    }

    /// Whether `role` is in the set.
    pub fn has(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    /// Whether the set is empty (a visitor).
    pub fn is_visitor(self) -> bool {
        self.0 == 0
    }

    /// The roles, in [`Role::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.has(*r))
    }
}

/// What a personal API token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TokenScope {
    /// Read what the account may read.
    Read,
    /// Read and change what the account may change.
    Write,
}

impl TokenScope {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::Read => "read",
            TokenScope::Write => "write",
        }
    }

    /// Parses `read` or `write`.
    pub fn parse(field: &'static str, value: &str) -> Result<TokenScope, ValidationError> {
        match value.trim() {
            "read" => Ok(TokenScope::Read),
            "write" => Ok(TokenScope::Write),
            _ => Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-read-write",
                },
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn emails_fold_case_and_refuse_wrong_shapes() {
        assert_eq!(
            Email::parse("email", "  Ana.Souza@Example.COM ")
                .unwrap()
                .as_str(),
            "ana.souza@example.com"
        );
        assert!(Email::parse("email", "yuki+heroes@例え.jp").is_ok());
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "ana@.org",
            "a na@example.org",
            "ana@exa mple.org",
            "ana@example..org",
            "<ana>@example.org",
        ] {
            assert!(Email::parse("email", bad).is_err(), "{bad:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert!(matches!(
            Email::parse("email", &long).unwrap_err().problem,
            Problem::TooLong { .. }
        ));
    }

    #[test]
    fn passwords_refuse_the_guessable_with_a_reason() {
        let email = "ana.souza@example.org";
        assert!(NewPassword::parse("password", "correct horse battery", email).is_ok());
        assert_eq!(
            NewPassword::parse("password", "short", email)
                .unwrap_err()
                .problem,
            Problem::TooShort { min: 10 }
        );
        for guessable in [
            "ana.souza@example.org",
            "ANA.SOUZA@EXAMPLE.ORG",
            "Password123",
            "aaaaaaaaaaaa",
            "example.org",
        ] {
            let err = NewPassword::parse("password", guessable, email).unwrap_err();
            assert_eq!(err.field, "password");
            assert!(
                matches!(err.problem, Problem::Invalid { .. }),
                "{guessable}"
            );
        }
        assert!(
            !format!(
                "{:?}",
                NewPassword::parse("p", "correct horse battery", email).unwrap()
            )
            .contains("horse")
        );
    }

    #[test]
    fn roles_of_an_account_always_include_member() {
        let roles = Roles::of_account([Role::Admin]);
        assert!(roles.has(Role::Member) && roles.has(Role::Admin) && !roles.has(Role::Staff));
        assert!(Roles::NONE.is_visitor() && !roles.is_visitor());
        assert_eq!(
            roles.iter().collect::<Vec<_>>(),
            [Role::Member, Role::Admin]
        );
        assert_eq!(
            Role::parse_grantable("role", " Staff ").unwrap(),
            Role::Staff
        );
        assert!(Role::parse_grantable("role", "hero").is_err());
    }

    proptest! {
        #[test]
        fn any_parsed_email_is_lowercase_and_trimmed(local in "[A-Za-z0-9._+-]{1,20}", domain in "[A-Za-z0-9-]{1,20}") {
            let raw = format!(" {local}@{domain}.org ");
            if let Ok(email) = Email::parse("email", &raw) {
                prop_assert_eq!(email.as_str(), raw.trim().to_lowercase());
            }
        }
    }
}
