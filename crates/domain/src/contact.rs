//! A hero's contact details, each with who may see it.

use crate::account::Email;
use crate::error::{Problem, ValidationError};

/// Who may see a contact detail. Ordered from widest to narrowest audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Visibility {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in account.
    Members,
    /// Heroes (and the program team).
    Heroes,
    /// The program team only.
    Staff,
}

impl Visibility {
    /// Every level, widest first.
    pub const ALL: [Visibility; 4] = [
        Visibility::Public,
        Visibility::Members,
        Visibility::Heroes,
        Visibility::Staff,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Members => "members",
            Visibility::Heroes => "heroes",
            Visibility::Staff => "staff",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(field: &'static str, value: &str) -> Result<Visibility, ValidationError> {
        Visibility::ALL
            .into_iter()
            .find(|v| v.as_str() == value.trim())
            .ok_or_else(|| {
                ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "expected-public-members-heroes-staff",
                    },
                )
            })
    }
}

/// The kinds of contact detail a hero can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContactKind {
    /// An email address for invitations (not the sign-in address).
    Email,
    /// A phone number.
    Phone,
}

impl ContactKind {
    /// Every kind, in display order.
    pub const ALL: [ContactKind; 2] = [ContactKind::Email, ContactKind::Phone];

    /// The stored name, also the form field (`contact.email`).
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Email => "email",
            ContactKind::Phone => "phone",
        }
    }

    /// The form field of the value.
    pub fn field(self) -> &'static str {
        match self {
            ContactKind::Email => "contact.email",
            ContactKind::Phone => "contact.phone",
        }
    }

    /// The form field of its visibility.
    pub fn visibility_field(self) -> &'static str {
        match self {
            ContactKind::Email => "contact.email.visibility",
            ContactKind::Phone => "contact.phone.visibility",
        }
    }

    /// Finds a kind by its stored name.
    pub fn from_name(value: &str) -> Option<ContactKind> {
        ContactKind::ALL.into_iter().find(|k| k.as_str() == value)
    }
}

/// One validated contact detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub kind: ContactKind,
    /// Normalized: a lower-cased email address, or a phone number as typed (trimmed).
    pub value: String,
    pub visibility: Visibility,
}

impl Contact {
    /// Parses one detail; an empty value means "none" (`Ok(None)`), an empty visibility
    /// means members only (sharing wider is a choice). Reports the value and the visibility
    /// both when both are wrong.
    pub fn parse(
        kind: ContactKind,
        value: &str,
        visibility: &str,
    ) -> Result<Option<Contact>, Vec<ValidationError>> {
        let visibility = if visibility.trim().is_empty() {
            Ok(Visibility::Members)
        } else {
            Visibility::parse(kind.visibility_field(), visibility)
        };
        let value = Self::parse_value(kind, value.trim());
        match (value, visibility) {
            (Ok(None), Ok(_)) => Ok(None),
            (Ok(Some(value)), Ok(visibility)) => Ok(Some(Contact {
                kind,
                value,
                visibility,
            })),
            (value, visibility) => Err(value.err().into_iter().chain(visibility.err()).collect()),
        }
    }

    fn parse_value(kind: ContactKind, value: &str) -> Result<Option<String>, ValidationError> {
        if value.is_empty() {
            return Ok(None);
        }
        match kind {
            ContactKind::Email => Ok(Some(Email::parse(kind.field(), value)?.as_str().to_owned())),
            ContactKind::Phone => {
                let digits = value.chars().filter(char::is_ascii_digit).count();
                let allowed = value
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-().".contains(c));
                if !allowed || !(5..=20).contains(&digits) || value.chars().count() > 30 {
                    return Err(ValidationError::new(
                        kind.field(),
                        Problem::Invalid {
                            expected: "expected-phone-number-49-30",
                        },
                    ));
                }
                Ok(Some(value.to_owned()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_parse_and_name_their_field() {
        let c = Contact::parse(ContactKind::Email, " Ana@Example.org ", "members")
            .unwrap()
            .unwrap();
        assert_eq!(
            (c.value.as_str(), c.visibility),
            ("ana@example.org", Visibility::Members)
        );
        assert_eq!(
            Contact::parse(ContactKind::Phone, "  ", "public").unwrap(),
            None
        );
        assert!(Contact::parse(ContactKind::Phone, "+55 (81) 3333-4444", "heroes").is_ok());
        let err = Contact::parse(ContactKind::Phone, "call me maybe", "public").unwrap_err();
        assert_eq!(err[0].field, "contact.phone");
        let err = Contact::parse(ContactKind::Email, "a@b.org", "friends").unwrap_err();
        assert_eq!(err[0].field, "contact.email.visibility");
        let both = Contact::parse(ContactKind::Phone, "x", "friends").unwrap_err();
        assert_eq!(both.len(), 2);
    }
}
