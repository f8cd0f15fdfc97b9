//! What project steps tell people: the owners when someone asks to join, the person who
//! asked when an owner answers; each in the language of the account it goes to.

use crate::app::AppState;
use crate::mail::{Recipient, notice};
use heroes_domain::projects::RequestStep;
use heroes_store::notifications::Notice;
use heroes_store::projects::{JoinRequest, Member, Project};

/// One notice to each owner that `who` asks to join, each in that owner's language.
pub fn asked(state: &AppState, project: &Project, owners: &[Member], who: &str) -> Vec<Notice> {
    let args = [("project", project.name.clone()), ("name", who.to_owned())];
    owners
        .iter()
        .filter_map(|o| {
            notice(
                &state.config.base_url,
                &Recipient::account(&o.email, &o.language, &o.time_zone),
                Some(o.user_id),
                |i18n| {
                    (
                        i18n.t_args("project-mail-asked-subject", &args),
                        vec![i18n.t_args("project-mail-asked-body", &args)],
                    )
                },
                &format!("/projects/{}", project.slug),
            )
        })
        .collect()
}

/// The notice to the person whose request an owner answered, in that person's language.
pub fn answered(
    state: &AppState,
    project: &Project,
    request: &JoinRequest,
    step: RequestStep,
) -> Option<Notice> {
    let word = match step {
        RequestStep::Accept => "accepted",
        RequestStep::Decline => "declined",
    };
    notice(
        &state.config.base_url,
        &Recipient::account(&request.email, &request.language, &request.time_zone),
        Some(request.user_id),
        |i18n| {
            (
                i18n.t1(
                    &format!("project-mail-{word}-subject"),
                    "project",
                    &project.name,
                ),
                vec![i18n.t1(
                    &format!("project-mail-{word}-body"),
                    "project",
                    &project.name,
                )],
            )
        },
        &format!("/projects/{}", project.slug),
    )
}
