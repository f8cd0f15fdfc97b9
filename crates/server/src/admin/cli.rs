//! `heroes admin …`: bootstrap the first admin and manage roles from the command line.
//! Every change is written to the audit log with the actor `cli`.

use crate::auth::password;
use anyhow::{Context, bail};
use clap::Subcommand;
use heroes_domain::account::{Email, NewPassword, Role};
use heroes_domain::text::Line;
use heroes_store::accounts::{self, Actor, NewAccount};
use heroes_store::{Db, StoreError};
use std::io::{BufRead, IsTerminal, Write};

/// The `admin` subcommands.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a verified account. The password is read from the terminal (without echo), or
    /// from the first line of stdin when stdin is not a terminal.
    CreateUser {
        /// The account's email address.
        #[arg(long)]
        email: String,
        /// The person's name.
        #[arg(long)]
        name: String,
        /// Roles to grant (staff, reviewer, admin); repeatable.
        #[arg(long)]
        role: Vec<String>,
        /// Link the account to this hero (slug), making its owner a hero or alumni.
        #[arg(long)]
        hero: Option<String>,
    },
    /// Grant a role (staff, reviewer, admin) to an account.
    Grant {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
    },
    /// Revoke a role from an account.
    Revoke {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
    },
    /// Remove every second factor (authenticator app, recovery codes) of an account whose
    /// owner lost them; the owner is mailed and the audit log records it.
    ResetFactors {
        #[arg(long)]
        email: String,
        /// Public address of the site, for the link in the mail to the owner.
        #[arg(
            long,
            env = "HEROES_BASE_URL",
            value_name = "URL",
            default_value = "http://127.0.0.1:8080"
        )]
        base_url: String,
    },
    /// Create a personal API token for an account (as its owner could at /account/tokens) and
    /// print it: the token is shown this once. For scripts and integrations; the audit log
    /// records it with the actor `cli`.
    CreateToken {
        #[arg(long)]
        email: String,
        /// What the token is for, as listed on the owner's tokens page.
        #[arg(long)]
        name: String,
        /// `read` or `write`.
        #[arg(long, default_value = "read")]
        scope: String,
    },
    /// Link an account to a hero record (by slug), or unlink it with `--hero ''`.
    LinkHero {
        #[arg(long)]
        email: String,
        #[arg(long)]
        hero: String,
    },
}

/// Runs one admin command.
pub async fn run(db: &Db, command: AdminCommand) -> anyhow::Result<()> {
    let actor = Actor::cli();
    match command {
        AdminCommand::CreateUser {
            email,
            name,
            role,
            hero,
        } => create_user(db, &email, &name, &role, hero.as_deref(), &actor).await?,
        AdminCommand::Grant { email, role } => {
            let role = Role::parse_grantable("--role", &role)?;
            let id = user_id(db, &email).await?;
            accounts::grant(db, id, role, &actor).await?;
            println!("{email} now has the role {role}.");
        }
        AdminCommand::Revoke { email, role } => {
            let role = Role::parse_grantable("--role", &role)?;
            let id = user_id(db, &email).await?;
            accounts::revoke(db, id, role, &actor).await?;
            println!("{email} no longer has the role {role}.");
        }
        AdminCommand::ResetFactors { email, base_url } => {
            let email = Email::parse("--email", &email)?;
            let user = accounts::by_email(db, &email)
                .await?
                .with_context(|| format!("no account has the email {email}"))?;
            let notice = crate::auth::notices::factor_changed(
                base_url.trim_end_matches('/'),
                &user,
                "mail-factor-reset",
            )?;
            heroes_store::second_factor::reset(db, user.id, notice, &actor).await?;
            println!("Reset the second factor of {email}; the owner is mailed.");
        }
        AdminCommand::CreateToken { email, name, scope } => {
            let name = heroes_domain::text::Bounded::<1, 100>::parse("--name", &name)?;
            let scope = heroes_domain::account::TokenScope::parse("--scope", &scope)?;
            let id = user_id(db, &email).await?;
            let token = crate::account::tokens::issue(db, id, name.as_str(), scope, &actor).await?;
            println!("{token}");
        }
        AdminCommand::LinkHero { email, hero } => {
            let id = user_id(db, &email).await?;
            if hero.trim().is_empty() {
                accounts::link_hero(db, id, None, &actor).await?;
                println!("{email} is no longer linked to a hero.");
            } else {
                link(db, id, &hero, &actor).await?;
                println!("{email} now speaks for the hero {hero}.");
            }
        }
    }
    Ok(())
}

/// `heroes admin create-user`: an account with a password asked for at the terminal, its
/// roles and its hero, written in one transaction.
async fn create_user(
    db: &Db,
    email: &str,
    name: &str,
    role: &[String],
    hero: Option<&str>,
    actor: &Actor,
) -> anyhow::Result<()> {
    let email = Email::parse("--email", email)?;
    let name = Line::parse("--name", name)?;
    let roles = role
        .iter()
        .map(|r| Role::parse_grantable("--role", r))
        .collect::<Result<Vec<_>, _>>()?;
    // Everything that can be refused is checked before the password is asked for, and the
    // account, its roles and its hero link are written in one transaction.
    let hero_id = match hero {
        Some(slug) => Some(hero_id(db, slug).await?),
        None => None,
    };
    let password = read_password(&email)?;
    let hash = password::hash(password.expose().to_owned())
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let new = NewAccount {
        email: &email,
        name: name.as_str(),
        password_hash: hash,
        verified: true,
    };
    match accounts::create_with_roles(db, new, &roles, hero_id, actor).await {
        Err(StoreError::Conflict { field: "email" }) => bail!(
            "an account with the email {email} already exists (use `heroes admin grant` to give it a role)"
        ),
        Err(StoreError::Conflict { .. }) => bail!(
            "the hero {} is already linked to another account",
            hero.unwrap_or_default()
        ),
        other => other?,
    };
    println!("Created the account {email}.");
    Ok(())
}

async fn user_id(db: &Db, email: &str) -> anyhow::Result<i64> {
    let email = Email::parse("--email", email)?;
    accounts::by_email(db, &email)
        .await?
        .map(|u| u.id)
        .with_context(|| format!("no account has the email {email}"))
}

async fn hero_id(db: &Db, slug: &str) -> anyhow::Result<i64> {
    heroes_store::heroes::id_of(db, slug.trim())
        .await?
        .with_context(|| format!("no hero has the slug {slug:?}"))
}

async fn link(db: &Db, user_id: i64, slug: &str, actor: &Actor) -> anyhow::Result<()> {
    let hero = hero_id(db, slug).await?;
    match accounts::link_hero(db, user_id, Some(hero), actor).await {
        Err(StoreError::Conflict { .. }) => {
            bail!("the hero {slug} is already linked to another account")
        }
        other => Ok(other?),
    }
}

/// Reads the new password: twice and without echo from a terminal, once from a pipe.
fn read_password(email: &Email) -> anyhow::Result<NewPassword> {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let read = |prompt: &str| -> anyhow::Result<String> {
        if interactive {
            eprint!("{prompt}");
            std::io::stderr().flush()?;
            set_echo(false);
        }
        let mut line = String::new();
        let result = stdin.lock().read_line(&mut line);
        if interactive {
            set_echo(true);
            eprintln!();
        }
        result.context("reading the password")?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    };
    let first = read("Password: ")?;
    let password = NewPassword::parse("password", &first, email.as_str())?;
    if interactive && read("Password again: ")? != first {
        bail!("the two passwords differ");
    }
    Ok(password)
}

fn set_echo(on: bool) {
    let _ = std::process::Command::new("stty")
        .arg(if on { "echo" } else { "-echo" })
        .stdin(std::process::Stdio::inherit())
        .status();
}
