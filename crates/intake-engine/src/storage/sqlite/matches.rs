//! Cross-vendor matches (`crate::matches`) on SQLite: the keys the engine
//! computed (`crate::match_keys`, migration 0012) of a chunk's rows or of a
//! run's raw rows, probed in the live plaintiffs' key tables
//! (`plaintiff_match_keys_email`, `plaintiff_match_keys_name_phone`, written
//! by `super::match_keys`), and the pairs of `v_cross_source_matches`.

use sqlx::sqlite::SqliteRow;
use sqlx::Row;
use uuid::Uuid;

use super::{parse_timestamp, parse_uuid, SqliteStorage};
use crate::error::Result;
use crate::matches::*;

/// `k` (row_index, email_key, name_phone_key, source_system, source_id) against the live
/// plaintiffs of other sources: each key probed in its table (`CROSS JOIN`
/// keeps `k` outermost, in key order: the probes walk each table once, so
/// a small page cache serves them), each raw id found looked up by primary
/// key. The live plaintiff is the raw row's (`promoted`; a rollback moves
/// it out).
fn match_query(keys_cte: &str, extra_cols: &str) -> String {
    let probe = |sorted: &str, table: &str, column: &str, key: &str, rule: &str, only: &str| {
        format!(
            "SELECT k.row_index{extra_cols}, x.plaintiff_id AS id, x.plaintiff_name,
                    x.source_system, x.import_run_id, '{rule}' AS match_rule
             FROM {sorted} k CROSS JOIN {table} m ON m.key = k.{key} AND m.source_id <> k.source_id
                    CROSS JOIN plaintiffs_raw x ON x.id = m.raw_id AND x.status = 'promoted'
                     AND x.{column} = m.key AND x.source_system <> k.source_system
                    CROSS JOIN plaintiffs p ON p.id = x.plaintiff_id AND p.deleted_at IS NULL
             {only}"
        )
    };
    format!(
        "WITH k AS MATERIALIZED ({keys_cte}),
              ke AS MATERIALIZED (SELECT * FROM k WHERE email_key IS NOT NULL
                                  ORDER BY email_key),
              kn AS MATERIALIZED (SELECT * FROM k WHERE name_phone_key IS NOT NULL
                                  ORDER BY name_phone_key)
         {} UNION ALL {}",
        probe(
            "ke",
            "plaintiff_match_keys_email",
            "match_email_key",
            "email_key",
            "email",
            ""
        ),
        // An email match wins over name + phone.
        probe(
            "kn",
            "plaintiff_match_keys_name_phone",
            "match_name_phone_key",
            "name_phone_key",
            "name_phone",
            "WHERE x.match_email_key IS NOT k.email_key"
        ),
    )
}

/// The key tables' number of the source bound at `param`; -1 for a source
/// none of whose rows are keyed (it then has nothing to skip).
fn source_number(param: &str) -> String {
    format!("coalesce((SELECT id FROM match_key_sources WHERE source_system = {param}), -1)")
}

fn possible(r: &SqliteRow) -> Result<PossibleMatch> {
    Ok(PossibleMatch {
        plaintiff_id: parse_uuid(r.try_get("id")?)?,
        plaintiff_name: r.try_get("plaintiff_name")?,
        source_system: r.try_get("source_system")?,
        import_run_id: Some(parse_uuid(r.try_get("import_run_id")?)?),
        rule: MatchRule::parse(r.try_get::<&str, _>("match_rule")?),
    })
}

pub(super) async fn find(
    storage: &SqliteStorage,
    source_system: &str,
    rows: &[MatchCandidate],
) -> Result<Vec<RowMatch>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let keyed: Vec<serde_json::Value> = rows
        .iter()
        .filter_map(|r| {
            let keys = r.keys;
            (keys.email.is_some() || keys.name_phone.is_some())
                .then(|| serde_json::json!([r.row_index, keys.email, keys.name_phone]))
        })
        .collect();
    if keyed.is_empty() {
        return Ok(Vec::new());
    }
    let json = serde_json::Value::Array(keyed).to_string();
    let keys = format!(
        "SELECT c.value ->> '$[0]' AS row_index, c.value ->> '$[1]' AS email_key,
                       c.value ->> '$[2]' AS name_phone_key, ?2 AS source_system,
                       {} AS source_id
                FROM json_each(?1) c
                WHERE EXISTS (SELECT 1 FROM import_runs o
                              WHERE o.source_system <> ?2 AND o.status = 'completed')",
        source_number("?2")
    );
    let sql = format!("{} ORDER BY 1, 4, 3, 2", match_query(&keys, ""));
    let found = sqlx::query(&sql)
        .bind(json)
        .bind(source_system)
        .fetch_all(&storage.pool)
        .await?;
    found
        .iter()
        .map(|r| {
            Ok(RowMatch {
                row_index: r.try_get("row_index")?,
                line: None,
                name: None,
                matched: possible(r)?,
            })
        })
        .collect()
}

/// A completed run's promoted rows found by walking the other sources' live
/// plaintiffs (`t`, the smaller side, read through their runs) into the
/// run's own keys: the same pairs as [`match_query`] from the run's side.
/// A promoted raw row's keys are its plaintiff's current ones. ?1 run id,
/// ?3 its source.
const PROMOTED_BY_THEIR_KEYS: &str = "
WITH s AS (SELECT id FROM match_key_sources WHERE source_system = ?3),
t AS MATERIALIZED (
    SELECT x.plaintiff_id AS id, x.plaintiff_name, x.source_system, x.import_run_id,
           x.match_email_key, x.match_name_phone_key
    FROM import_runs o CROSS JOIN plaintiffs_raw x
      ON x.import_run_id = o.id AND x.status = 'promoted'
    CROSS JOIN plaintiffs p ON p.id = x.plaintiff_id AND p.deleted_at IS NULL
    WHERE o.source_system <> ?3 AND o.status = 'completed'
)
SELECT q.row_index, q.line, q.plaintiff_name AS row_name, t.id, t.plaintiff_name,
       t.source_system, t.import_run_id, 'email' AS match_rule
FROM t CROSS JOIN plaintiff_match_keys_email m
       ON m.key = t.match_email_key AND m.source_id = (SELECT id FROM s)
     CROSS JOIN plaintiffs_raw q ON q.id = m.raw_id AND q.import_run_id = ?1
      AND q.status = 'promoted' AND q.match_email_key = m.key
UNION ALL
SELECT q.row_index, q.line, q.plaintiff_name, t.id, t.plaintiff_name, t.source_system,
       t.import_run_id, 'name_phone'
FROM t CROSS JOIN plaintiff_match_keys_name_phone m
       ON m.key = t.match_name_phone_key AND m.source_id = (SELECT id FROM s)
     CROSS JOIN plaintiffs_raw q ON q.id = m.raw_id AND q.import_run_id = ?1
      AND q.status = 'promoted' AND q.match_name_phone_key = m.key
WHERE q.match_email_key IS NOT t.match_email_key";

pub(super) async fn of_run(
    storage: &SqliteStorage,
    run_id: Uuid,
    limit: i64,
) -> Result<RunMatches> {
    // How many live plaintiffs the other sources hold. None: nothing can
    // match, and no row of the run is read (a million rows through the page
    // cache). Fewer than the run has rows (a large file beside a small
    // vendor): the run's promoted rows are reached from their side through
    // the indexes, and only its other rows are keyed here — materializing a
    // million rows' keys took seconds and ~130 MB at the end of an import.
    let (status, promoted, source, total, others, keyed): (String, bool, String, i64, i64, bool) =
        sqlx::query_as(
            "SELECT r.status, r.promoted, r.source_system, r.tally_total,
                (SELECT coalesce(sum(o.tally_inserted), 0) FROM import_runs o
                 WHERE o.source_system <> r.source_system AND o.status = 'completed'),
                NOT EXISTS (SELECT 1 FROM match_keys_pending m WHERE m.import_run_id = r.id)
         FROM import_runs r WHERE r.id = ?1",
        )
        .bind(run_id.to_string())
        .fetch_optional(&storage.pool)
        .await?
        .unwrap_or_default();
    if others == 0 {
        return Ok(RunMatches::default());
    }
    // From their side only once the run's own keys are in the key tables
    // (not while it waits in `match_keys_pending`).
    let from_their_side = status == "completed" && others < total && keyed;
    // A completed, promoted run has no pending rows: only its skipped ones
    // are left to key here, found through their own index.
    let rows = match (from_their_side, promoted) {
        (true, true) => "x.status = 'skipped'",
        (true, false) => "coalesce(x.status_before_rollback, x.status) IN ('pending', 'skipped')",
        (false, _) => {
            "coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted', 'skipped')"
        }
    };
    let keys = format!(
        "SELECT x.row_index, x.line, x.plaintiff_name AS row_name,
                x.match_email_key AS email_key, x.match_name_phone_key AS name_phone_key,
                ?3 AS source_system, {} AS source_id
         FROM plaintiffs_raw x
         WHERE x.import_run_id = ?1 AND {rows}
           AND (x.match_email_key IS NOT NULL OR x.match_name_phone_key IS NOT NULL)",
        source_number("?3")
    );
    let mut body = format!(
        "SELECT * FROM ({})",
        match_query(&keys, ", k.line, k.row_name")
    );
    if from_their_side {
        body = format!("{body} UNION ALL SELECT * FROM ({PROMOTED_BY_THEIR_KEYS})");
    }
    let sql = format!(
        "SELECT m.*, count(*) OVER () AS total FROM ({body}) m
         ORDER BY m.row_index, m.source_system, m.plaintiff_name, m.id LIMIT ?2"
    );
    // A connection of the pool with a small page cache for the report,
    // given back with the pool's own.
    let mut conn = storage.pool.acquire().await?;
    set_cache_kib(&mut conn, REPORT_CACHE_KIB).await?;
    let found = sqlx::query(&sql)
        .bind(run_id.to_string())
        .bind(limit.max(0))
        .bind(&source)
        .fetch_all(&mut *conn)
        .await;
    set_cache_kib(&mut conn, super::POOL_CACHE_KIB).await?;
    let found = found?;
    let mut out = RunMatches::default();
    for r in &found {
        out.total = r.try_get("total")?;
        out.rows.push(RowMatch {
            row_index: r.try_get("row_index")?,
            line: r.try_get("line")?,
            name: r.try_get("row_name")?,
            matched: possible(r)?,
        });
    }
    if found.is_empty() && limit <= 0 {
        let count_sql = format!("SELECT count(*) FROM ({body}) WHERE ?2 IS NOT NULL");
        out.total = sqlx::query_scalar(&count_sql)
            .bind(run_id.to_string())
            .bind(limit)
            .bind(&source)
            .fetch_one(&mut *conn)
            .await?;
    }
    Ok(out)
}

/// Page cache of the connection a run's report reads through (KiB): its
/// probes walk the key tables in key order, so a few MiB serve them, where
/// the pool's 64 MiB filled up with them at the end of a large import.
const REPORT_CACHE_KIB: i64 = 8 * 1024;

async fn set_cache_kib(conn: &mut sqlx::SqliteConnection, kib: i64) -> Result<()> {
    sqlx::query(&format!("PRAGMA cache_size = -{kib}"))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub(super) async fn list(
    storage: &SqliteStorage,
    filter: &MatchFilter,
) -> Result<Vec<CrossSourceMatch>> {
    let source = filter
        .source
        .as_deref()
        .map(crate::dedupe_key::normalize_source);
    let rows = sqlx::query(
        "SELECT * FROM v_cross_source_matches
         WHERE (?1 IS NULL OR source_system = ?1 OR matched_source_system = ?1)
           AND (?2 IS NULL OR import_run_id = ?2 OR matched_import_run_id = ?2)
         ORDER BY created_at DESC, plaintiff_name, matched_plaintiff_name, plaintiff_id,
                  matched_plaintiff_id
         LIMIT ?3",
    )
    .bind(source)
    .bind(filter.run_id.map(|u| u.to_string()))
    .bind(filter.limit.unwrap_or(DEFAULT_LIST_LIMIT).max(0))
    .fetch_all(&storage.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let opt_uuid = |col: &str| -> Result<Option<Uuid>> {
                r.try_get::<Option<String>, _>(col)?
                    .map(parse_uuid)
                    .transpose()
            };
            Ok(CrossSourceMatch {
                plaintiff_id: parse_uuid(r.try_get("plaintiff_id")?)?,
                plaintiff_name: r.try_get("plaintiff_name")?,
                source_system: r.try_get("source_system")?,
                import_run_id: opt_uuid("import_run_id")?,
                line: r.try_get("line")?,
                created_at: parse_timestamp(r.try_get("created_at")?)?,
                matched_plaintiff_id: parse_uuid(r.try_get("matched_plaintiff_id")?)?,
                matched_plaintiff_name: r.try_get("matched_plaintiff_name")?,
                matched_source_system: r.try_get("matched_source_system")?,
                matched_import_run_id: opt_uuid("matched_import_run_id")?,
                matched_line: r.try_get("matched_line")?,
                matched_created_at: parse_timestamp(r.try_get("matched_created_at")?)?,
                match_rule: MatchRule::parse(r.try_get::<&str, _>("match_rule")?),
            })
        })
        .collect()
}
