//! Pool imports from the web (issue 14): the upload is checked line by line, the codes are
//! added by a job in chunks whose progress the import's page shows, a row whose code is in the
//! pool with other terms is refused with its line, and a second upload of a file adds nothing.

use crate::credits::{import_pool, upload_pool};
use crate::helpers::{TestApp, run_jobs};
use axum::http::StatusCode;
use chrono::{Days, Utc};
use heroes_store::accounts::Actor;
use heroes_store::{credit_imports, credits};

fn csv(prefix: &str, count: usize, value: i64) -> String {
    let expiry = Utc::now().date_naive() + Days::new(365);
    let mut csv = String::from("code,value,expiry\n");
    for n in 0..count {
        csv.push_str(&format!("{prefix}-{n:05},{value},{expiry}\n"));
    }
    csv
}

#[tokio::test]
async fn an_upload_runs_as_a_job_whose_page_shows_its_progress() {
    let app = TestApp::new().await;
    let admin = app.admin().await;
    let uploaded = upload_pool(&app, &admin, &csv("BIG", 1200, 10)).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let location = uploaded.header("location").unwrap().to_owned();
    assert!(
        location.starts_with("/admin/credits/imports/"),
        "{location}"
    );

    // Before the job: nothing done, and the page reloads itself (no script needed).
    let waiting = app.get_as(&location, &admin).await;
    assert_eq!(waiting.status, StatusCode::OK);
    assert!(
        waiting.body.contains("0 of 1,200 rows done"),
        "{}",
        waiting.body
    );
    assert!(waiting.body.contains("http-equiv=\"refresh\""));
    assert!(waiting.body.contains(&format!("href=\"{location}\"")));

    // One chunk, as a job stopped halfway would leave it: the page says how far it got.
    let id: i64 = location.rsplit('/').next().unwrap().parse().unwrap();
    assert!(
        !credit_imports::step(app.db(), id, &Actor::cli())
            .await
            .unwrap()
    );
    let halfway = app.get_as(&location, &admin).await;
    assert!(
        halfway.body.contains("500 of 1,200 rows done"),
        "{}",
        halfway.body
    );

    // The job goes on from there and ends it.
    run_jobs(app.db(), |_| {}).await;
    let done = app.get_as(&location, &admin).await;
    assert!(
        done.body.contains("1,200 of 1,200 rows done"),
        "{}",
        done.body
    );
    // Numbers are grouped as the reader's language groups them.
    assert!(done.body.contains("1,200 codes added"), "{}", done.body);
    assert!(!done.body.contains("http-equiv=\"refresh\""));
    let today = Utc::now().date_naive();
    assert_eq!(
        credits::pool_left(app.db(), today).await.unwrap()[0].codes,
        1200
    );
    // The admin page lists it; the codes themselves are kept only in the pool.
    let page = app.get_as("/admin/credits", &admin).await;
    assert!(page.body.contains(&location), "{}", page.body);
    assert!(!done.body.contains("BIG-00001"));
}

#[tokio::test]
async fn a_code_in_the_pool_with_other_terms_is_refused_with_its_line() {
    let app = TestApp::new().await;
    let admin = app.admin().await;
    import_pool(&app, &admin, &csv("SAME", 3, 10)).await;
    let expiry = Utc::now().date_naive() + Days::new(365);
    // Line 2 is as the pool has it, line 3 another value, line 4 new, line 5 repeats line 4
    // with another value.
    let file = format!(
        "code,value,expiry\nSAME-00000,10,{expiry}\nSAME-00001,99,{expiry}\nNEW-00001,10,{expiry}\nNEW-00001,20,{expiry}\n"
    );
    let page = import_pool(&app, &admin, &file).await;
    assert!(page.body.contains("1 code added"), "{}", page.body);
    assert!(
        page.body.contains("1 code was in the pool already"),
        "{}",
        page.body
    );
    assert!(page.body.contains("2 rows refused"), "{}", page.body);
    assert!(page.body.contains("<td>3</td>"), "{}", page.body);
    assert!(page.body.contains("<td>5</td>"), "{}", page.body);
    assert!(
        page.body.contains("another value or expiry"),
        "{}",
        page.body
    );
    let today = Utc::now().date_naive();
    let pool = credits::pool_left(app.db(), today).await.unwrap();
    // Every code kept its first terms: four codes of 10.
    assert_eq!(pool.len(), 1, "{pool:?}");
    assert_eq!((pool[0].codes, pool[0].value), (4, 10));
}

#[tokio::test]
async fn the_same_file_twice_at_once_adds_each_code_once() {
    let app = TestApp::new().await;
    let admin = app.admin().await;
    let file = csv("TWIN", 700, 5);
    let (a, b) = tokio::join!(
        upload_pool(&app, &admin, &file),
        upload_pool(&app, &admin, &file)
    );
    assert_eq!(
        (a.status, b.status),
        (StatusCode::SEE_OTHER, StatusCode::SEE_OTHER)
    );
    run_jobs(app.db(), |_| {}).await;
    // Whatever order their chunks ran in, the two imports added each code once between them
    // and found the other 700 as they were.
    let imports = credit_imports::recent(app.db(), 5).await.unwrap();
    assert_eq!(imports.len(), 2);
    assert!(
        imports
            .iter()
            .all(|i| i.finished_at.is_some() && i.done == 700)
    );
    assert_eq!(imports.iter().map(|i| i.added).sum::<i64>(), 700);
    assert_eq!(imports.iter().map(|i| i.already).sum::<i64>(), 700);
    assert_eq!(imports.iter().map(|i| i.refused).sum::<i64>(), 0);
    let today = Utc::now().date_naive();
    assert_eq!(
        credits::pool_left(app.db(), today).await.unwrap()[0].codes,
        700
    );
}

#[tokio::test]
async fn a_bad_line_refuses_the_upload_and_says_which_and_why() {
    let app = TestApp::new().await;
    let admin = app.admin().await;
    let bad = upload_pool(
        &app,
        &admin,
        "code,value,expiry\nGOOD-0001,10,2030-01-01\nGOOD-0002,10,2030-02-30\nonly,two\n",
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Line 3, expiry"), "{}", bad.body);
    assert!(bad.body.contains("Line 4, row"), "{}", bad.body);
    assert!(
        credit_imports::recent(app.db(), 5)
            .await
            .unwrap()
            .is_empty(),
        "a refused file starts no import"
    );
    let nobody = app.get_as("/admin/credits/imports/999999", &admin).await;
    assert_eq!(nobody.status, StatusCode::NOT_FOUND);
}
