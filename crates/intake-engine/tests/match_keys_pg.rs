//! Cross-source match keys on PostgreSQL (migration 0014): the engine's keys
//! equal the SQL ones (so a run keyed from its raw rows matches like one
//! keyed beside its import), every landed row is keyed when its run commits,
//! a run left without keys is keyed by the next lookup, and a vendor update
//! re-keys the plaintiff it changes.

use intake_engine::match_keys::match_keys;
use intake_engine::matches::*;
use intake_engine::BackendKind;
use sqlx::Row;

use crate::common::{request, temp_file, TestDb};

/// Inputs where the fast ASCII paths and the Unicode folding must agree.
const CASES: &[(Option<&str>, Option<&str>, Option<&str>)] = &[
    (
        Some("Ada Lovelace"),
        Some("ada@example.com"),
        Some("(212) 555-1000"),
    ),
    (
        Some("  ADA\t\tLOVELACE "),
        Some(" Ada@Example.COM "),
        Some("212.555.1000"),
    ),
    (
        Some("ÉMILE\u{00A0}\u{00A0}Zola"),
        Some("ÉMILE@exämple.fr"),
        Some("+33 1 23 45"),
    ),
    (
        Some("ＡＤＡ ＬＯＶＥＬＡＣＥ"),
        Some("ＡＤＡ@ＥＸＡＭＰＬＥ.com"),
        Some("２１２ 555"),
    ),
    (
        Some("İstanbul ΟΔΟΣ"),
        Some("\u{3000}x@y.tr\u{3000}"),
        Some("no digits"),
    ),
    (Some("Ann Lee"), Some(""), Some("")),
    (Some("Ann Lee"), None, None),
    (Some(" \t "), Some("  "), Some("5550100")),
];

async fn sql_keys(
    db: &TestDb,
    name: Option<&str>,
    email: Option<&str>,
    phone: Option<&str>,
) -> (Option<i64>, Option<i64>) {
    let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
    let row = sqlx::query(
        "SELECT ingest.match_key_hash(ingest.match_email($2)) AS e,
                ingest.match_key_hash(ingest.match_name_phone($1, $3)) AS n",
    )
    .bind(name)
    .bind(email)
    .bind(phone)
    .fetch_one(&pool)
    .await
    .unwrap();
    pool.close().await;
    (row.get("e"), row.get("n"))
}

/// As if the process died between a run's commit and its keys': the run
/// has neither keys nor its marker.
async fn forget_run_keys(db: &TestDb, run: &str) {
    db.execute(&format!(
        "DELETE FROM ingest.plaintiff_match_keys k USING ingest.plaintiffs_raw r
         WHERE r.id = k.raw_id AND r.import_run_id = '{run}'"
    ))
    .await;
    db.execute(&format!(
        "DELETE FROM ingest.match_keyed_runs WHERE import_run_id = '{run}'"
    ))
    .await;
}

#[tokio::test]
async fn engine_and_sql_compute_the_same_keys() {
    let db = TestDb::new(BackendKind::Postgres).await;
    for &(name, email, phone) in CASES {
        let rust = match_keys(name, email, phone);
        assert_eq!(
            (rust.email, rust.name_phone),
            sql_keys(&db, name, email, phone).await,
            "keys of {name:?} {email:?} {phone:?}"
        );
    }
    // Disguises meet, and the fullwidth Ada is the ASCII one.
    assert_eq!(
        match_keys(CASES[0].0, CASES[0].1, CASES[0].2),
        match_keys(CASES[1].0, CASES[1].1, CASES[1].2)
    );
    assert_eq!(
        match_keys(CASES[0].0, CASES[0].1, None).email,
        match_keys(None, CASES[3].1, None).email
    );
}

const VENDOR_A: &str = "PlaintiffName,Email,Phone\n\
Ada Lovelace,ada@example.com,(212) 555-1000\n\
Grace Hopper,grace@example.com,212.555.2000\n\
Alan Turing,,\n\
Bad Email,not-an-email,\n";

const VENDOR_B: &str = "PlaintiffName,Email,Phone\n\
ADA  LOVELACE, Ada@Example.COM ,\n\
grace   hopper,g.hopper@elsewhere.com,(212) 555-2000\n";

#[tokio::test]
async fn every_landed_row_is_keyed_when_its_run_commits() {
    let db = TestDb::new(BackendKind::Postgres).await;
    let (_d, a_path) = temp_file("a.csv", VENDOR_A.as_bytes());
    let a = db.import(&request(&a_path, "vendor-a")).await;
    assert_eq!((a.inserted, a.errored), (3, 1));
    let run = a.run_id.unwrap();
    // Three valid rows keyed (the invalid one has none), by the import itself.
    assert_eq!(
        db.rows(&format!(
            "SELECT count(*)::bigint, count(k.email_key)::bigint, count(k.name_phone_key)::bigint
             FROM ingest.plaintiff_match_keys k JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id
             WHERE r.import_run_id = '{run}'"
        ))
        .await,
        vec![vec!["3".to_string(), "2".to_string(), "2".to_string()]]
    );
    assert_eq!(
        db.rows(&format!(
            "SELECT keyed_by FROM ingest.match_keyed_runs WHERE import_run_id = '{run}'"
        ))
        .await,
        vec![vec!["import".to_string()]]
    );
    // The same keys as the SQL twin computes from the raw rows.
    assert_eq!(
        db.scalar(
            "SELECT count(*) FROM ingest.plaintiff_match_keys k JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id
             WHERE k.email_key IS DISTINCT FROM ingest.match_key_hash(ingest.match_email(r.contact_email))
                OR k.name_phone_key IS DISTINCT FROM
                   ingest.match_key_hash(ingest.match_name_phone(r.plaintiff_name, r.contact_phone))"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_run_left_without_keys_is_keyed_by_the_next_lookup() {
    let db = TestDb::new(BackendKind::Postgres).await;
    let store = db.store.as_ref();
    let (_d, a_path) = temp_file("a.csv", VENDOR_A.as_bytes());
    let a = db.import(&request(&a_path, "vendor-a")).await;
    let a_run = a.run_id.unwrap();
    // As if the process died between the run's commit and its keys'.
    forget_run_keys(&db, &a_run.to_string()).await;
    assert_eq!(
        db.scalar("SELECT count(*) FROM ingest.plaintiff_match_keys")
            .await,
        0
    );

    // The next file's preview still finds both people...
    let (_e, b_path) = temp_file("b.csv", VENDOR_B.as_bytes());
    let mut dry = request(&b_path, "vendor-b");
    dry.dry_run = true;
    let preview = db.import(&dry).await;
    let flagged: Vec<(Option<i64>, MatchRule)> = preview
        .cross_source_matches
        .iter()
        .map(|m| (m.line, m.matched.rule))
        .collect();
    assert_eq!(
        flagged,
        vec![(Some(2), MatchRule::Email), (Some(3), MatchRule::NamePhone)]
    );
    // ...because the lookup keyed run A from its raw rows first.
    assert_eq!(
        db.rows(&format!(
            "SELECT keyed_by FROM ingest.match_keyed_runs WHERE import_run_id = '{a_run}'"
        ))
        .await,
        vec![vec!["repair".to_string()]]
    );
    assert_eq!(
        db.scalar("SELECT count(*) FROM ingest.plaintiff_match_keys")
            .await,
        3
    );

    // The import and the view agree; keys are never written twice.
    let b = db.import(&request(&b_path, "vendor-b")).await;
    assert_eq!(b.cross_source_match_count, 2);
    assert_eq!(
        db.scalar("SELECT count(*) FROM ingest.plaintiff_match_keys")
            .await,
        5
    );
    let pairs = store
        .list_cross_source_matches(&MatchFilter::default())
        .await
        .unwrap();
    assert_eq!(pairs.len(), 2);
}

#[tokio::test]
async fn a_small_run_beside_a_large_source_and_a_large_run_beside_a_small_one_match_alike() {
    // Run B (2 rows) is smaller than source A (3 plaintiffs): the report walks
    // B's keys. Run C (6 rows) is larger than the other sources together
    // (A: 3, B: 2 plaintiffs): it walks theirs. Both find every pair.
    let db = TestDb::new(BackendKind::Postgres).await;
    let (_d, a_path) = temp_file("a.csv", VENDOR_A.as_bytes());
    db.import(&request(&a_path, "vendor-a")).await;
    let (_e, b_path) = temp_file("b.csv", VENDOR_B.as_bytes());
    let b = db.import(&request(&b_path, "vendor-b")).await;
    assert_eq!(b.cross_source_match_count, 2);
    let c_file = "PlaintiffName,Email,Phone\n\
        Ada Lovelace,ADA@example.com,\n\
        Nobody One,n1@example.com,\n\
        Nobody Two,n2@example.com,\n\
        Grace Hopper,other@example.com,2125552000\n\
        Nobody Three,n3@example.com,\n\
        Nobody Four,n4@example.com,\n";
    let (_f, c_path) = temp_file("c.csv", c_file.as_bytes());
    let c = db.import(&request(&c_path, "vendor-c")).await;
    let got: Vec<(Option<i64>, String, MatchRule)> = c
        .cross_source_matches
        .iter()
        .map(|m| (m.line, m.matched.source_system.clone(), m.matched.rule))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(2), "vendor-a".to_string(), MatchRule::Email),
            (Some(2), "vendor-b".to_string(), MatchRule::Email),
            (Some(5), "vendor-a".to_string(), MatchRule::NamePhone),
            (Some(5), "vendor-b".to_string(), MatchRule::NamePhone),
        ]
    );
    assert_eq!(c.cross_source_match_count, 4);
}

#[tokio::test]
async fn an_applied_phone_update_moves_the_plaintiff_to_its_new_key() {
    let db = TestDb::new(BackendKind::Postgres).await;
    let (_d, a_path) = temp_file("a.csv", VENDOR_A.as_bytes());
    db.import(&request(&a_path, "vendor-a")).await;
    // Vendor A's update: Grace has a new phone.
    let update = "PlaintiffName,Email,Phone\nGrace Hopper,grace@example.com,(646) 555-9000\n";
    let (_e, u_path) = temp_file("a2.csv", update.as_bytes());
    let mut req = request(&u_path, "vendor-a");
    req.apply_updates = true;
    let u = db.import(&req).await;
    assert_eq!(u.updated, 1);
    // Vendor B sends Grace with the new phone only: matched by name and phone.
    let b_file = "PlaintiffName,Email,Phone\nGrace Hopper,gh@b.example,646-555-9000\nGrace Hopper,gh2@b.example,212-555-2000\n";
    let (_f, b_path) = temp_file("b.csv", b_file.as_bytes());
    let b = db.import(&request(&b_path, "vendor-b")).await;
    let got: Vec<(Option<i64>, MatchRule)> = b
        .cross_source_matches
        .iter()
        .map(|m| (m.line, m.matched.rule))
        .collect();
    assert_eq!(
        got,
        vec![(Some(2), MatchRule::NamePhone)],
        "the old phone no longer matches"
    );

    // Keyed again from its rows (as after a crash, or the 0014 backfill),
    // Grace is keyed by her current phone, not the one her row landed with.
    let a_run = db
        .rows("SELECT import_run_id::text FROM public.plaintiffs WHERE plaintiff_name = 'Grace Hopper' AND source_system = 'vendor-a'")
        .await[0][0]
        .clone();
    forget_run_keys(&db, &a_run.to_string()).await;
    let again = db
        .store
        .run_cross_source_matches(b.run_id.unwrap(), 10)
        .await
        .unwrap();
    let got: Vec<(Option<i64>, MatchRule)> = again
        .rows
        .iter()
        .map(|m| (m.line, m.matched.rule))
        .collect();
    assert_eq!(got, vec![(Some(2), MatchRule::NamePhone)]);
    assert_eq!(
        db.rows(&format!(
            "SELECT keyed_by FROM ingest.match_keyed_runs WHERE import_run_id = '{a_run}'"
        ))
        .await,
        vec![vec!["repair".to_string()]]
    );
}

/// Run `run`'s keys: (indexed for others' lookups, all).
async fn target_counts(db: &TestDb, run: &str) -> Vec<Vec<String>> {
    db.rows(&format!(
        "SELECT count(*) FILTER (WHERE k.is_target)::bigint, count(*)::bigint
         FROM ingest.plaintiff_match_keys k JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id
         WHERE r.import_run_id = '{run}'"
    ))
    .await
}

/// What run `run`'s marker says it left out of the indexes.
async fn untargeted(db: &TestDb, run: &str) -> i64 {
    db.scalar(&format!(
        "SELECT untargeted FROM ingest.match_keyed_runs WHERE import_run_id = '{run}'"
    ))
    .await
}

#[tokio::test]
async fn skipped_rows_stay_out_of_the_key_indexes_yet_are_matched_from_either_side() {
    let db = TestDb::new(BackendKind::Postgres).await;
    let (_d, a_path) = temp_file("a.csv", VENDOR_A.as_bytes());
    db.import(&request(&a_path, "vendor-a")).await;
    // 1,000 people (the first chunk), then Ada and an in-file duplicate.
    let mut first = String::from("PlaintiffName,Email,Phone\n");
    for i in 0..1000 {
        first.push_str(&format!("Nobody {i},n{i}@example.com,\n"));
    }
    first.push_str("Ada Lovelace,ADA@example.com,\nNobody 1,n1@example.com,\n");
    let (_e, c1_path) = temp_file("c1.csv", first.as_bytes());
    let c1 = db.import(&request(&c1_path, "vendor-c")).await;
    assert_eq!(
        (c1.inserted, c1.skipped, c1.cross_source_match_count),
        (1001, 1, 1)
    );
    // A first import: every row indexed (the in-file duplicate too, as
    // nothing was live), none left for its report to look for.
    let c1_run = c1.run_id.unwrap().to_string();
    assert_eq!(
        target_counts(&db, &c1_run).await,
        vec![vec!["1002".to_string(), "1002".to_string()]]
    );
    assert_eq!(untargeted(&db, &c1_run).await, 0);

    // The vendor re-sends its list with one new person. Its first chunk
    // meets live keys (sent before that was known: indexed needlessly, and
    // harmless); from then on rows skipped for a live twin stay out: Ada and
    // the duplicate of a re-sent person, not Grace. More rows than vendor
    // A's three plaintiffs, so the report walks A's keys.
    let resent = format!("{first}Grace Hopper,other@example.com,2125552000\n");
    let (_f, c2_path) = temp_file("c2.csv", resent.as_bytes());
    let c2 = db.import(&request(&c2_path, "vendor-c")).await;
    assert_eq!((c2.inserted, c2.skipped), (1, 1002));
    let c2_run = c2.run_id.unwrap().to_string();
    assert_eq!(
        target_counts(&db, &c2_run).await,
        vec![vec!["1001".to_string(), "1003".to_string()]]
    );
    assert_eq!(untargeted(&db, &c2_run).await, 2);
    let got: Vec<(Option<i64>, String, MatchRule)> = c2
        .cross_source_matches
        .iter()
        .map(|m| (m.line, m.matched.source_system.clone(), m.matched.rule))
        .collect();
    // Ada (skipped, found beside the indexes) and Grace (new, through them).
    assert_eq!(
        got,
        vec![
            (Some(1002), "vendor-a".to_string(), MatchRule::Email),
            (Some(1004), "vendor-a".to_string(), MatchRule::NamePhone),
        ]
    );

    // Two skipped rows, fewer than A's plaintiffs: the report walks the
    // run's own keys and finds Ada alike.
    let short =
        "PlaintiffName,Email,Phone\nAda Lovelace,ADA@example.com,\nNobody 2,n2@example.com,\n";
    let (_g, c3_path) = temp_file("c3.csv", short.as_bytes());
    let c3 = db.import(&request(&c3_path, "vendor-c")).await;
    assert_eq!(
        (c3.inserted, c3.skipped, c3.cross_source_match_count),
        (0, 2, 1)
    );
    assert_eq!(c3.cross_source_matches[0].line, Some(2));

    // Vendor A's next file meets each vendor-c person once: re-sent rows
    // are not plaintiffs and match nothing.
    let (_h, d_path) = temp_file(
        "d.csv",
        b"PlaintiffName,Email,Phone\nAda L,ada@example.com,\nN One,n1@example.com,\n",
    );
    let mut dry = request(&d_path, "vendor-a");
    dry.dry_run = true;
    let preview = db.import(&dry).await;
    let found: Vec<(Option<i64>, String)> = preview
        .cross_source_matches
        .iter()
        .map(|m| (m.line, m.matched.plaintiff_name.clone()))
        .collect();
    assert_eq!(
        found,
        vec![
            (Some(2), "Ada Lovelace".to_string()),
            (Some(3), "Nobody 1".to_string())
        ]
    );
}
