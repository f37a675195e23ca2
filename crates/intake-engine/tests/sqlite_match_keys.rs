//! SQLite's match keys (issue 11): a database whose raw rows had no
//! engine-computed keys (before migration 0012) is keyed once, after
//! migrating, in batches (`storage/sqlite/match_keys.rs::backfill`), from
//! each plaintiff's current values — and finds the same pairs as before;
//! a run whose keys were to be written after its commit (0013) but were not
//! (its importer died in between) is keyed by the next writer or start.

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

/// B's run as its importer leaves it when it dies between the run's commit
/// and its keys' (`match_keys_pending`, migration 0013).
async fn as_if_died_before_its_keys(db: &TestDb, run: &str) {
    for table in [
        "plaintiff_match_keys_email",
        "plaintiff_match_keys_name_phone",
    ] {
        db.execute(&format!(
            "DELETE FROM {table} WHERE raw_id IN
               (SELECT id FROM plaintiffs_raw WHERE import_run_id = '{run}')"
        ))
        .await;
    }
    db.execute(&format!(
        "INSERT INTO match_keys_pending (import_run_id, after_raw_id)
         SELECT '{run}', min(id) - 1 FROM plaintiffs_raw WHERE import_run_id = '{run}'"
    ))
    .await;
}

async fn keys_of(db: &TestDb, run: &str) -> i64 {
    db.scalar(&format!(
        "SELECT (SELECT count(*) FROM plaintiff_match_keys_email k
                  JOIN plaintiffs_raw x ON x.id = k.raw_id WHERE x.import_run_id = '{run}')
              + (SELECT count(*) FROM plaintiff_match_keys_name_phone k
                  JOIN plaintiffs_raw x ON x.id = k.raw_id WHERE x.import_run_id = '{run}')"
    ))
    .await
}

#[tokio::test]
async fn a_run_whose_importer_died_before_its_keys_is_keyed_by_the_next_writer() {
    let db = TestDb::new(BackendKind::Sqlite).await;
    let store = db.store.as_ref();
    let (_a, a_path) = temp_file(
        "a.csv",
        b"PlaintiffName,Email,Phone\nAda Lovelace,ada@example.org,555-0100\n",
    );
    db.import(&request(&a_path, "vendor-a")).await;
    let (_b, b_path) = temp_file(
        "b.csv",
        b"PlaintiffName,Email,Phone\nAda L.,ADA@example.org,\nAlan Turing,alan@example.org,555-0199\n\
          Grace Hopper,grace@example.org,\n",
    );
    let b = db.import(&request(&b_path, "vendor-b")).await;
    let b_run = b.run_id.unwrap();
    let run = b_run.to_string();
    // The normal path: keyed after the commit, nothing left listed.
    assert_eq!(b.cross_source_match_count, 1);
    assert_eq!(
        db.scalar("SELECT count(*) FROM match_keys_pending").await,
        0
    );
    assert_eq!(keys_of(&db, &run).await, 4);
    let pairs = |m: Vec<intake_engine::matches::CrossSourceMatch>| {
        m.into_iter()
            .map(|m| (m.plaintiff_name, m.matched_plaintiff_name))
            .collect::<Vec<_>>()
    };
    let ada = vec![("Ada L.".to_string(), "Ada Lovelace".to_string())];
    let all = MatchFilter::default();
    let view = || store.list_cross_source_matches(&all);
    assert_eq!(pairs(view().await.unwrap()), ada);

    as_if_died_before_its_keys(&db, &run).await;
    // Listed: the view misses the pair, but B's own report still finds it
    // from its own rows' keys.
    assert!(view().await.unwrap().is_empty());
    let report = store.run_cross_source_matches(b_run, 10).await.unwrap();
    assert_eq!(report.total, 1);
    assert_eq!(report.rows[0].name.as_deref(), Some("Ada L."));
    // The next start keys it.
    store.migrate().await.unwrap();
    assert_eq!(
        db.scalar("SELECT count(*) FROM match_keys_pending").await,
        0
    );
    assert_eq!(keys_of(&db, &run).await, 4);
    assert_eq!(pairs(view().await.unwrap()), ada);

    // A rollback that finds the run listed keys it first, then takes its
    // keys out with its rows.
    as_if_died_before_its_keys(&db, &run).await;
    store
        .rollback(b_run, "sent by mistake", Some("tester"))
        .await
        .unwrap();
    assert_eq!(
        db.scalar("SELECT count(*) FROM match_keys_pending").await,
        0
    );
    assert_eq!(keys_of(&db, &run).await, 0);
    assert!(view().await.unwrap().is_empty());

    // The next import (any source) keys a listed run before it finishes.
    let (_c, c_path) = temp_file(
        "c.csv",
        b"PlaintiffName,Email,Phone\nAda Again,ada@example.org,\n",
    );
    let c = db.import(&request(&c_path, "vendor-c")).await;
    let c_run = c.run_id.unwrap().to_string();
    as_if_died_before_its_keys(&db, &c_run).await;
    let (_d, d_path) = temp_file(
        "d.csv",
        b"PlaintiffName,Email,Phone\nNobody,no@example.org,\n",
    );
    db.import(&request(&d_path, "vendor-d")).await;
    assert_eq!(
        db.scalar("SELECT count(*) FROM match_keys_pending").await,
        0
    );
    assert_eq!(keys_of(&db, &c_run).await, 1);
    assert_eq!(
        pairs(view().await.unwrap()),
        vec![("Ada Again".to_string(), "Ada Lovelace".to_string())]
    );
}

/// Each key table as it is, and as the promoted raw rows say it must be.
async fn key_tables_and_expected(db: &TestDb) -> Vec<(Vec<Vec<String>>, Vec<Vec<String>>)> {
    let mut out = Vec::new();
    for (table, column) in [
        ("plaintiff_match_keys_email", "match_email_key"),
        ("plaintiff_match_keys_name_phone", "match_name_phone_key"),
    ] {
        let stored = db
            .rows(&format!("SELECT key, raw_id FROM {table} ORDER BY 1, 2"))
            .await;
        let expected = db
            .rows(&format!(
                "SELECT {column}, id FROM plaintiffs_raw
                  WHERE status = 'promoted' AND {column} IS NOT NULL ORDER BY 1, 2"
            ))
            .await;
        out.push((stored, expected));
    }
    out
}

/// A run with more match keys than an import holds in memory (~2.5M
/// entries; 5,000 here) writes them in its own transaction as it lands, and
/// the rest after its commit: the key tables end exactly as its promoted
/// rows' keys, lookups find its people, and a rollback takes them all out.
#[tokio::test]
async fn a_run_with_more_keys_than_an_import_holds_writes_them_as_it_lands() {
    let db = TestDb::sqlite_with(|store| store.with_gathered_keys_limit(5_000)).await;
    let store = db.store.as_ref();
    // 12,500 people with both keys: chunks of 1,000, 10,000 and 1,500 rows
    // (2,000, 20,000 and 3,000 entries), so the second chunk writes 22,000
    // entries while landing and the commit writes the last 3,000. Also an
    // invalid row and an in-file duplicate.
    let mut a = String::from("PlaintiffName,Email,Phone\n");
    for i in 0..12_500 {
        a.push_str(&format!("Person {i},p{i}@example.com,21{i:08}\n"));
        if i == 5 {
            a.push_str(",nameless@example.com,2125550000\n");
            a.push_str("Person 3,p3@example.com,2100000003\n");
        }
    }
    let (_a, a_path) = temp_file("a.csv", a.as_bytes());
    let report = db.import(&request(&a_path, "vendor-a")).await;
    assert_eq!(
        (report.inserted, report.skipped, report.errored),
        (12_500, 1, 1)
    );
    assert_eq!(
        db.scalar("SELECT count(*) FROM match_keys_pending").await,
        0
    );
    for (stored, expected) in key_tables_and_expected(&db).await {
        assert_eq!(stored.len(), 12_500);
        assert_eq!(stored, expected);
    }

    // Another vendor's rows find them, by either key.
    let (_b, b_path) = temp_file(
        "b.csv",
        b"PlaintiffName,Email,Phone\nP. Seven,P7@EXAMPLE.com,\nperson 12499,pp@x.org,2100012499\n",
    );
    let b = db.import(&request(&b_path, "vendor-b")).await;
    assert_eq!(b.cross_source_match_count, 2);

    let a_run = report.run_id.unwrap();
    store
        .rollback(a_run, "sent by mistake", Some("tester"))
        .await
        .unwrap();
    // Vendor B's own keys stay: two emails, one name and phone.
    for ((stored, expected), left) in key_tables_and_expected(&db).await.into_iter().zip([2, 1]) {
        assert_eq!(stored.len(), left);
        assert_eq!(stored, expected);
    }
}

/// A run that wrote keys while landing but ends unpromoted (its promotion
/// hint was wrong) takes them out with its plaintiffs; promoted, it keeps
/// every one of them, written while landing or after its commit.
#[tokio::test]
async fn keys_written_while_landing_go_when_the_run_ends_unpromoted() {
    use crate::storage_conformance::{candidate, claim_session, identity};
    use intake_engine::pipeline::complete_run;

    let db = TestDb::sqlite_with(|store| store.with_gathered_keys_limit(1)).await;
    let store = db.store.as_ref();
    for (n, promote, entries) in [(0u64, false, 0), (1, true, 3)] {
        let batch = format!("hint{n}");
        let mut session =
            claim_session(store, &identity("simplicity", None, &batch), "h.csv").await;
        session.expect_promotion(true);
        // Two entries after the first chunk (written while landing), one
        // after the second (written after the commit).
        let first = [
            candidate(0, 10 * n + 1, "Ann"),
            candidate(1, 10 * n + 2, "Bob"),
        ];
        session.land(&first).await.unwrap();
        session
            .land(&[candidate(2, 10 * n + 3, "Cat")])
            .await
            .unwrap();
        let (_, reconciliation) = complete_run(session, 3, promote).await.unwrap();
        assert!(reconciliation.is_reconciled);
        let (stored, expected) = key_tables_and_expected(&db).await.remove(0);
        assert_eq!(stored.len(), entries, "promote {promote}");
        assert_eq!(stored, expected, "promote {promote}");
    }
}
