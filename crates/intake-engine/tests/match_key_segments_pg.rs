//! Match-key segments on PostgreSQL (migration 0017): a small run's keys
//! join segment 0; a large run's are indexed in bulk in a segment of its own,
//! which takes in the newer segments it outnumbers; a merge that cannot have
//! the table for a moment is skipped, not waited for; lookups find matches
//! in every segment; the report's hash-join path (large beside large) finds
//! what the probing paths find.

use intake_engine::BackendKind;
use sqlx::Connection;

use crate::common::{request, temp_file, TestDb};

/// Above `SEGMENT_MIN_KEYS` (10 000): a run with a segment of its own.
const LARGE: usize = 10_500;

/// A vendor file of `rows` people `p<i>@<vendor>.example`; the first
/// `shared` rows use vendor A's emails instead (possible matches).
fn vendor_file(vendor: &str, rows: usize, shared: usize) -> String {
    let mut csv = String::from("PlaintiffName,Email,Phone\n");
    for i in 0..rows {
        let domain = if i < shared { "a" } else { vendor };
        csv.push_str(&format!(
            "Person {vendor} {i},p{i}@{domain}.example,555{i:07}\n"
        ));
    }
    csv
}

/// (segment, key_count) of the large runs' segments, and what each
/// partition of `plaintiff_match_keys` holds.
async fn segments(db: &TestDb) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let listed = db
        .rows(
            "SELECT segment::text, key_count::text FROM ingest.match_key_segments ORDER BY segment",
        )
        .await;
    let partitions = db
        .rows(
            "SELECT c.relname::text, (SELECT count(*) FROM ingest.plaintiff_match_keys k
                                      WHERE k.tableoid = c.oid)::text
             FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
             WHERE i.inhparent = 'ingest.plaintiff_match_keys'::regclass
             ORDER BY c.relname",
        )
        .await;
    (listed, partitions)
}

fn table(rows: &[(&str, &str)]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|(a, b)| vec![a.to_string(), b.to_string()])
        .collect()
}

async fn import(db: &TestDb, vendor: &str, rows: usize, shared: usize) -> i64 {
    let (_d, path) = temp_file(
        &format!("{vendor}.csv"),
        vendor_file(vendor, rows, shared).as_bytes(),
    );
    let report = db.import(&request(&path, vendor)).await;
    assert_eq!(report.inserted, rows as i64, "{vendor}: every row is new");
    report.cross_source_match_count
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_runs_get_bulk_built_segments_that_merge_by_size() {
    let db = TestDb::new(BackendKind::Postgres).await;
    assert_eq!(
        segments(&db).await,
        (vec![], table(&[("match_keys_shared", "0")]))
    );

    // A small run: its keys join segment 0.
    assert_eq!(import(&db, "s", 20, 0).await, 0);
    // A large one: a segment of its own, with the three indexes, attached.
    assert_eq!(import(&db, "a", LARGE, 0).await, 0);
    let (listed, partitions) = segments(&db).await;
    assert_eq!(listed.len(), 1);
    let first = listed[0][0].clone();
    assert_eq!(listed[0][1], LARGE.to_string());
    assert_eq!(
        partitions,
        vec![
            vec!["match_keys_s".to_string() + &first, LARGE.to_string()],
            vec!["match_keys_shared".to_string(), "20".to_string()],
        ]
    );
    assert_eq!(
        db.scalar(&format!(
            "SELECT count(*) FROM pg_catalog.pg_index x
             JOIN pg_catalog.pg_inherits i ON i.inhrelid = x.indexrelid
             WHERE x.indrelid = 'ingest.match_keys_s{first}'::regclass"
        ))
        .await,
        3,
        "the segment's indexes are the partitioned indexes' partitions"
    );

    // As large again: it takes the first segment in (one segment left), and
    // its 7 rows with vendor A's emails are found across both.
    assert_eq!(import(&db, "b", LARGE, 7).await, 7);
    let (listed, partitions) = segments(&db).await;
    assert_eq!(listed.len(), 1);
    assert_ne!(listed[0][0], first);
    assert_eq!(listed[0][1], (2 * LARGE).to_string());
    assert_eq!(partitions[0][1], (2 * LARGE).to_string());
    assert_eq!(
        partitions.len(),
        2,
        "the merged segment and segment 0: {partitions:?}"
    );

    // A small run matches into the merged segment (each of its 3 rows is
    // A's and B's person); its keys go to segment 0.
    assert_eq!(import(&db, "c", 3, 3).await, 6);
    assert_eq!(
        segments(&db).await.1[1],
        vec!["match_keys_shared".to_string(), "23".to_string()]
    );
    assert_eq!(
        db.scalar("SELECT count(*) FROM ingest.v_cross_source_matches")
            .await,
        7 + 3 + 3,
        "b's 7 with a; c's 3 with a and with b"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_merge_that_would_wait_for_a_reader_is_left_to_the_next_large_run() {
    let db = TestDb::new(BackendKind::Postgres).await;
    assert_eq!(import(&db, "a", LARGE, 0).await, 0);

    // A manager's long transaction reading the keys (e.g. an open report).
    let mut reader = sqlx::PgConnection::connect(&db.url).await.unwrap();
    sqlx::query("BEGIN").execute(&mut reader).await.unwrap();
    sqlx::query("SELECT count(*) FROM ingest.v_cross_source_matches")
        .execute(&mut reader)
        .await
        .unwrap();
    // The import does not wait for it: its segment is attached unmerged.
    assert_eq!(import(&db, "b", LARGE, 5).await, 5);
    assert_eq!(segments(&db).await.0.len(), 2);
    sqlx::query("COMMIT").execute(&mut reader).await.unwrap();

    // The next large run merges all three (each no larger than the sum so far).
    assert_eq!(import(&db, "c", LARGE, 4).await, 8);
    let (listed, partitions) = segments(&db).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0][1], (3 * LARGE).to_string());
    assert_eq!(partitions.len(), 2);
    assert_eq!(
        db.scalar("SELECT count(*) FROM ingest.v_cross_source_matches")
            .await,
        5 + 4 + 4,
        "b's 5 with a; c's 4 with a and with b"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hash_join_path_finds_what_the_probing_paths_find() {
    // Large runs beside large sources take `_run_cross_source_matches_hashed`
    // (both sides over 100,000 rows); on small runs its rows must equal the
    // probing paths', new and skipped rows alike.
    let db = TestDb::new(BackendKind::Postgres).await;
    import(&db, "a", 30, 0).await;
    import(&db, "b", 20, 7).await;
    // B again with 5 more people: 20 rows skipped for live twins (kept out
    // of the key indexes), 5 new.
    let (_d, path) = temp_file("b2.csv", vendor_file("b", 25, 7).as_bytes());
    let b2 = db.import(&request(&path, "b")).await;
    assert_eq!((b2.inserted, b2.skipped), (5, 20));
    let runs = db
        .rows("SELECT id::text, source_system FROM ingest.import_runs ORDER BY started_at")
        .await;
    assert_eq!(runs.len(), 3);
    for run in &runs {
        let (id, source) = (&run[0], &run[1]);
        let probing = db
            .rows(&format!(
                "SELECT row_index, line, matched_plaintiff_id::text, match_rule, total
                 FROM ingest.run_cross_source_matches('{id}')"
            ))
            .await;
        let hashed = db
            .rows(&format!(
                "SELECT row_index, line, matched_plaintiff_id::text, match_rule, total
                 FROM ingest._run_cross_source_matches_hashed('{id}', NULL, '{source}')"
            ))
            .await;
        assert_eq!(hashed, probing, "run of {source}");
    }
    assert_eq!(b2.cross_source_match_count, 7);
}
