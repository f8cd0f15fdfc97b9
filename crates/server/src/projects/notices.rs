//! What project steps tell people: the owners when someone asks to join, the person who
//! asked when an owner answers.

use crate::app::AppState;
use crate::i18n::I18n;
use crate::selection::notices::notice;
use heroes_domain::projects::RequestStep;
use heroes_store::notifications::Notice;
use heroes_store::projects::{JoinRequest, Member, Project};

/// One notice to each owner that `who` asks to join.
pub fn asked(
    state: &AppState,
    i18n: &I18n,
    project: &Project,
    owners: &[Member],
    who: &str,
) -> Vec<Notice> {
    let args = [("project", project.name.clone()), ("name", who.to_owned())];
    owners
        .iter()
        .filter_map(|o| {
            notice(
                &state.config.base_url,
                i18n,
                Some(o.user_id),
                &o.email,
                i18n.t_args("project-mail-asked-subject", &args),
                vec![i18n.t_args("project-mail-asked-body", &args)],
                &format!("/projects/{}", project.slug),
            )
        })
        .collect()
}

/// The notice to the person whose request an owner answered.
pub fn answered(
    state: &AppState,
    i18n: &I18n,
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
        i18n,
        Some(request.user_id),
        &request.email,
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
        &format!("/projects/{}", project.slug),
    )
}
