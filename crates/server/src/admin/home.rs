//! `/admin`: the admin home. The figures that need attention today, each linking to where
//! they are dealt with, and a way to every admin area.
//!
//! The page is data: [`PANELS`] lists the figures and [`AREAS`] the admin areas. A feature
//! adds its figure by adding one [`Panel`] (a message id, a count from the store, a link) and
//! its area by adding one [`Area`]; the template never changes.

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ReadAdminHome};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::Response;
use heroes_store::{Db, StoreResult, attention};
use std::future::Future;
use std::pin::Pin;

/// A count being read from the store.
pub type Count = Pin<Box<dyn Future<Output = StoreResult<i64>> + Send>>;

/// One figure of the admin home.
pub struct Panel {
    /// Message id of the figure's label; the message gets the number as `$count`.
    pub label: &'static str,
    /// Where the counted things are dealt with.
    pub link: &'static str,
    /// Reads the number (a clone of the pool handle, so the future owns what it uses).
    pub count: fn(Db) -> Count,
}

/// Every figure, in the order shown.
pub const PANELS: &[Panel] = &[
    Panel {
        label: "admin-home-unassigned",
        link: "/admin/candidacies?unassigned=on",
        count: |db| Box::pin(async move { attention::unassigned_candidacies(&db).await }),
    },
    Panel {
        label: "admin-home-in-review",
        link: "/admin/candidacies?state=in-review",
        count: |db| Box::pin(async move { attention::candidacies_in_review(&db).await }),
    },
    Panel {
        label: "admin-home-failing-sources",
        link: "/admin/jobs",
        count: |db| Box::pin(async move { attention::failing_sources(&db).await }),
    },
    Panel {
        label: "admin-home-failing-jobs",
        link: "/admin/jobs",
        count: |db| Box::pin(async move { attention::failing_jobs(&db).await }),
    },
    Panel {
        label: "admin-home-undelivered-mail",
        link: "/admin/outbox",
        count: |db| Box::pin(async move { attention::undelivered_mail(&db).await }),
    },
    Panel {
        label: "admin-home-promotion-waiting",
        link: "/admin/promotion",
        count: |db| Box::pin(async move { heroes_store::promotion::waiting(&db).await }),
    },
    Panel {
        label: "admin-home-credit-requests",
        link: "/admin/credits/requests",
        count: |db| Box::pin(async move { heroes_store::credits::waiting(&db).await }),
    },
    Panel {
        label: "admin-home-group-proposals",
        link: "/admin/groups",
        count: |db| Box::pin(async move { heroes_store::groups::proposal_count(&db).await }),
    },
    Panel {
        label: "admin-home-mentoring-waiting",
        link: "/admin/mentoring",
        count: |db| {
            Box::pin(async move {
                let before = chrono::Utc::now() - crate::mentoring::admin::WAITING_AFTER;
                heroes_store::mentoring::waiting_count(&db, before).await
            })
        },
    },
];

/// An admin area the home links to.
pub struct Area {
    /// Message id of its name.
    pub label: &'static str,
    /// Message id of one line saying what is done there.
    pub hint: &'static str,
    /// Its address.
    pub link: &'static str,
}

/// Every admin area, in the order shown.
pub const AREAS: &[Area] = &[
    Area {
        label: "admin-area-cycles",
        hint: "admin-area-cycles-hint",
        link: "/admin/cycles",
    },
    Area {
        label: "admin-area-candidacies",
        hint: "admin-area-candidacies-hint",
        link: "/admin/candidacies",
    },
    Area {
        label: "admin-area-renewals",
        hint: "admin-area-renewals-hint",
        link: "/admin/renewals",
    },
    Area {
        label: "admin-area-specializations",
        hint: "admin-area-specializations-hint",
        link: "/admin/specializations",
    },
    Area {
        label: "admin-area-outbox",
        hint: "admin-area-outbox-hint",
        link: "/admin/outbox",
    },
    Area {
        label: "admin-area-webhooks",
        hint: "admin-area-webhooks-hint",
        link: "/admin/webhooks",
    },
    Area {
        label: "admin-area-jobs",
        hint: "admin-area-jobs-hint",
        link: "/admin/jobs",
    },
    Area {
        label: "admin-area-audit",
        hint: "admin-area-audit-hint",
        link: "/admin/audit",
    },
    Area {
        label: "admin-area-security",
        hint: "admin-area-security-hint",
        link: "/admin/security",
    },
    Area {
        label: "admin-area-promotion",
        hint: "admin-area-promotion-hint",
        link: "/admin/promotion",
    },
    Area {
        label: "admin-area-digests",
        hint: "admin-area-digests-hint",
        link: "/admin/digests",
    },
    Area {
        label: "admin-area-product-areas",
        hint: "admin-area-product-areas-hint",
        link: "/admin/product-areas",
    },
    Area {
        label: "admin-area-credits",
        hint: "admin-area-credits-hint",
        link: "/admin/credits",
    },
    Area {
        label: "admin-area-groups",
        hint: "admin-area-groups-hint",
        link: "/admin/groups",
    },
    Area {
        label: "admin-area-program-events",
        hint: "admin-area-program-events-hint",
        link: "/admin/events/new",
    },
    Area {
        label: "admin-area-nda",
        hint: "admin-area-nda-hint",
        link: "/admin/nda",
    },
    Area {
        label: "admin-area-briefings",
        hint: "admin-area-briefings-hint",
        link: "/briefings",
    },
    Area {
        label: "admin-area-mentoring",
        hint: "admin-area-mentoring-hint",
        link: "/admin/mentoring",
    },
    Area {
        label: "admin-area-dashboard",
        hint: "admin-area-dashboard-hint",
        link: "/admin/dashboard",
    },
];

/// A figure as shown.
pub struct Figure {
    label: String,
    count: i64,
    link: &'static str,
}

/// The admin home.
#[derive(Template, WebTemplate)]
#[template(path = "admin/home.html")]
pub struct HomePage {
    i18n: I18n,
    figures: Vec<Figure>,
    areas: &'static [Area],
}

/// `GET /admin`.
pub async fn show(
    State(state): State<AppState>,
    _: Allowed<ReadAdminHome>,
    i18n: I18n,
) -> Result<Response, PageError> {
    // The counts are independent; each runs on its own pooled connection.
    let tasks: Vec<_> = PANELS
        .iter()
        .map(|p| tokio::spawn((p.count)(state.db.clone())))
        .collect();
    let mut figures = Vec::with_capacity(PANELS.len());
    for (panel, task) in PANELS.iter().zip(tasks) {
        let count = task.await.map_err(|e| PageError::Internal(e.into()))??;
        figures.push(Figure {
            label: i18n.tn(panel.label, "count", count),
            count,
            link: panel.link,
        });
    }
    Ok(private(HomePage {
        i18n,
        figures,
        areas: AREAS,
    }))
}
