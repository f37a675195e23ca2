//! SQLite's match keys from before migration 0012 (issue 11): a database
//! whose raw rows had no engine-computed keys is keyed once, after
//! migrating, in batches (`storage/sqlite/match_keys.rs::backfill`), from
//! each plaintiff's current values — and finds the same pairs as before.

use intake_engine::matches::{MatchFilter, MatchRule};
use intake_engine::model::*;
use intake_engine::BackendKind;

use crate::common::{request, temp_file, TestDb};

/// `0012`'s statements that mark every raw row as not yet keyed.
fn backfill_marker() -> Vec<String> {
    let migration = include_str!("../../../migrations/sqlite/0012_match_keys_by_engine.sql");
    let from = migration
        .find("CREATE TABLE match_keys_backfill")
        .expect("marker table");
    let to = from + migration[from..].find("HAVING count(*) > 0;").expect("end");
    migration[from..to]
        .split(';')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

async fn keys(db: &TestDb) -> Vec<Vec<String>> {
    db.rows("SELECT id, match_email_key, match_name_phone_key FROM plaintiffs_raw ORDER BY id")
        .await
}

#[tokio::test]
async fn rows_from_before_0012_are_keyed_after_migrating() {
    let db = TestDb::new(BackendKind::Sqlite).await;
    let store = db.store.as_ref();
    // More rows than one backfill batch (20,000), so it takes three.
    let mut a = String::from("PlaintiffName,Email,Phone\n");
    for i in 0..45_000 {
        a.push_str(&format!("Person {i},p{i}@example.com,\n"));
    }
    a.push_str("Grace Hopper,grace@example.com,212.555.2000\n");
    let (_a, a_path) = temp_file("a.csv", a.as_bytes());
    assert_eq!(
        db.import(&request(&a_path, "vendor-a")).await.inserted,
        45_001
    );
    // Grace's phone changes by an applied update, so her plaintiff's keys
    // differ from her raw row's file values.
    let (_u, u_path) = temp_file(
        "a-update.csv",
        b"PlaintiffName,Email,Phone\nGrace Hopper,grace@example.com,(212) 555-7000\n",
    );
    let update = db
        .import(&ImportRequest {
            apply_updates: true,
            ..request(&u_path, "vendor-a")
        })
        .await;
    assert_eq!(update.updated, 1);
    let (_b, b_path) = temp_file(
        "b.csv",
        b"PlaintiffName,Email,Phone\nSomeone,P7@EXAMPLE.com,\ngrace hopper,gh@x.org,2125557000\n\
          Failed Row,,\n",
    );
    db.import(&request(&b_path, "vendor-b")).await;
    let listed = |m: Vec<intake_engine::matches::CrossSourceMatch>| {
        m.into_iter()
            .map(|m| {
                (
                    m.plaintiff_name,
                    m.matched_plaintiff_name,
                    format!("{:?}", m.match_rule),
                )
            })
            .collect::<Vec<_>>()
    };
    let expected = vec![
        (
            "Someone".to_string(),
            "Person 7".to_string(),
            format!("{:?}", MatchRule::Email),
        ),
        (
            "grace hopper".to_string(),
            "Grace Hopper".to_string(),
            format!("{:?}", MatchRule::NamePhone),
        ),
    ];
    let mut before = listed(
        store
            .list_cross_source_matches(&MatchFilter::default())
            .await
            .unwrap(),
    );
    before.sort();
    assert_eq!(before, expected);
    let keyed = keys(&db).await;

    // As a database migrated from 0011 is: no keys anywhere, marker set.
    db.execute("UPDATE plaintiffs_raw SET match_email_key = NULL, match_name_phone_key = NULL")
        .await;
    db.execute("DELETE FROM plaintiff_match_keys_email").await;
    db.execute("DELETE FROM plaintiff_match_keys_name_phone")
        .await;
    for statement in backfill_marker() {
        db.execute(&statement).await;
    }
    assert!(store
        .list_cross_source_matches(&MatchFilter::default())
        .await
        .unwrap()
        .is_empty());

    store.migrate().await.unwrap();
    assert_eq!(keys(&db).await, keyed);
    let mut after = listed(
        store
            .list_cross_source_matches(&MatchFilter::default())
            .await
            .unwrap(),
    );
    after.sort();
    assert_eq!(after, expected);
    assert_eq!(
        db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'match_keys_backfill'")
            .await,
        0
    );
    // Every live plaintiff with an email is in the email table, once.
    assert_eq!(
        db.scalar("SELECT count(*) FROM plaintiff_match_keys_email")
            .await,
        45_003
    );
    assert_eq!(
        db.scalar("SELECT count(*) FROM plaintiff_match_keys_name_phone")
            .await,
        2
    );
}
