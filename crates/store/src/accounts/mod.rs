//! Accounts: users, their granted roles, one-time email tokens and sign-in throttling.
//!
//! Operations that belong together (create an account, its verification token and the mail
//! carrying it) run in one transaction, so a failure never leaves an account without its
//! mail or a mail without its account.
//!
//! One concern a file: the account record (`users`), its roles (`roles`), emailed links
//! (`email_tokens`), sign-in throttling (`sign_in`), erasure (`erasure`), the sweep of what
//! expired (`sweep`), and the [`Actor`] every audited change names (`actor`). Everything is
//! used through this module (`accounts::sign_up`, `accounts::Actor`).

mod actor;
mod email_tokens;
mod erasure;
mod roles;
mod sign_in;
mod sweep;
mod users;

pub use actor::Actor;
pub use email_tokens::{
    ConsumedToken, TokenMail, TokenPurpose, consume_token, peek_token, send_mail, send_token,
};
pub use erasure::{Erasure, erase};
pub use roles::{grant, revoke, roles};
pub use sign_in::{
    Attempt, Gate, ThrottlePolicy, begin_sign_in, password_accepted, record_successful_login,
    sign_in_addresses, sign_in_failed, sign_in_succeeded,
};
pub use sweep::{Swept, sweep};
pub use users::{
    NewAccount, User, by_email, by_id, create_with_roles, link_hero, mark_verified, set_email,
    set_language, set_password, set_time_zone, sign_up, terms_accepted_at,
};
