//! Cross-vendor matches (`crate::matches`): a chunk's rows looked up against
//! the live plaintiffs of other sources, a run's matches
//! (`ingest.run_cross_source_matches`) and the pairs of
//! `ingest.v_cross_source_matches`. Every landed row's keys are in
//! `ingest.plaintiff_match_keys` (written beside the run, `super::match_keys`);
//! a chunk's keys come with its rows (`LandingRow::match_keys`), so every lookup
//! is a probe of the key indexes.

use sqlx::postgres::PgRow;
use sqlx::Row;
use uuid::Uuid;

use super::PgStorage;
use crate::error::Result;
use crate::matches::*;

pub(super) async fn find(
    storage: &PgStorage,
    source_system: &str,
    rows: &[MatchCandidate],
) -> Result<Vec<RowMatch>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    fill_missing(storage).await?;
    let mut idx = Vec::with_capacity(rows.len());
    let mut email_keys = Vec::with_capacity(rows.len());
    let mut name_phone_keys = Vec::with_capacity(rows.len());
    for row in rows {
        let keys = row.keys;
        idx.push(row.row_index);
        email_keys.push(keys.email);
        name_phone_keys.push(keys.name_phone);
    }
    // Each row's keys probe the key indexes on their own, and each raw id
    // found is looked up on its own (LATERAL steps fenced by OFFSET 0): right after
    // a large import the statistics are stale (or autovacuum is off, or a
    // segment is new, migration 0017), and the planner then hashed every
    // live plaintiff for each chunk or key — 2.6 s a 10k-row chunk beside
    // 880k plaintiffs.
    let found = sqlx::query(
        "WITH k AS MATERIALIZED (
             SELECT c.row_index, c.email_key, c.name_phone_key
             FROM unnest($2::bigint[], $3::bigint[], $4::bigint[])
                  AS c(row_index, email_key, name_phone_key)
             WHERE EXISTS (SELECT 1 FROM ingest.import_runs o
                           WHERE o.source_system <> $1 AND o.status = 'completed')
         )
         SELECT k.row_index, x.id, x.plaintiff_name, x.source_system, x.import_run_id,
                m.match_rule
         FROM k CROSS JOIN LATERAL (
             SELECT m.raw_id, 'email' AS match_rule FROM ingest.plaintiff_match_keys m
             WHERE m.email_key = k.email_key AND m.is_target
             UNION ALL
             SELECT m.raw_id, 'name_phone' FROM ingest.plaintiff_match_keys m
             WHERE m.name_phone_key = k.name_phone_key AND m.is_target
               AND m.email_key IS DISTINCT FROM k.email_key
             OFFSET 0
         ) m CROSS JOIN LATERAL (
             SELECT p.id, p.plaintiff_name, p.source_system, p.import_run_id
             FROM ingest.plaintiffs_raw r
             JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
             WHERE r.id = m.raw_id AND r.status = 'promoted' AND r.source_system <> $1
             OFFSET 0
         ) x
         ORDER BY 1, 4, 3, 2",
    )
    .bind(source_system)
    .bind(&idx)
    .bind(&email_keys)
    .bind(&name_phone_keys)
    .fetch_all(&storage.pool)
    .await?;
    found
        .iter()
        .map(|r| {
            Ok(RowMatch {
                row_index: r.try_get("row_index")?,
                line: None,
                name: None,
                matched: PossibleMatch {
                    plaintiff_id: r.try_get("id")?,
                    plaintiff_name: r.try_get("plaintiff_name")?,
                    source_system: r.try_get("source_system")?,
                    import_run_id: r.try_get("import_run_id")?,
                    rule: MatchRule::parse(r.try_get::<&str, _>("match_rule")?),
                },
            })
        })
        .collect()
}

pub(super) async fn of_run(storage: &PgStorage, run_id: Uuid, limit: i64) -> Result<RunMatches> {
    fill_missing(storage).await?;
    let found = sqlx::query("SELECT * FROM ingest.run_cross_source_matches($1, $2)")
        .bind(run_id)
        .bind(limit.clamp(0, i32::MAX as i64) as i32)
        .fetch_all(&storage.pool)
        .await?;
    let mut out = RunMatches::default();
    for r in &found {
        out.total = r.try_get("total")?;
        out.rows.push(RowMatch {
            row_index: r.try_get::<i32, _>("row_index")? as i64,
            line: r.try_get::<Option<i32>, _>("line")?.map(i64::from),
            name: r.try_get("plaintiff_name")?,
            matched: PossibleMatch {
                plaintiff_id: r.try_get("matched_plaintiff_id")?,
                plaintiff_name: r.try_get("matched_plaintiff_name")?,
                source_system: r.try_get("matched_source_system")?,
                import_run_id: r.try_get("matched_import_run_id")?,
                rule: MatchRule::parse(r.try_get::<&str, _>("match_rule")?),
            },
        });
    }
    if out.rows.is_empty() && limit == 0 {
        // LIMIT 0 returns no row to carry the count.
        out.total = sqlx::query_scalar("SELECT count(*) FROM ingest.run_cross_source_matches($1)")
            .bind(run_id)
            .fetch_one(&storage.pool)
            .await?;
    }
    Ok(out)
}

pub(super) async fn list(
    storage: &PgStorage,
    filter: &MatchFilter,
) -> Result<Vec<CrossSourceMatch>> {
    fill_missing(storage).await?;
    let source = filter
        .source
        .as_deref()
        .map(crate::dedupe_key::normalize_source);
    let rows = sqlx::query(
        "SELECT * FROM ingest.v_cross_source_matches
         WHERE ($1::text IS NULL OR source_system = $1 OR matched_source_system = $1)
           AND ($2::uuid IS NULL OR import_run_id = $2 OR matched_import_run_id = $2)
         ORDER BY created_at DESC, plaintiff_name, matched_plaintiff_name, plaintiff_id,
                  matched_plaintiff_id
         LIMIT $3",
    )
    .bind(source)
    .bind(filter.run_id)
    .bind(filter.limit.unwrap_or(DEFAULT_LIST_LIMIT).max(0))
    .fetch_all(&storage.pool)
    .await?;
    rows.iter().map(pair_from_row).collect()
}

/// Key any finished run that has no keys yet (its writer died after the run
/// committed), so a lookup never misses its plaintiffs. One pass over the
/// runs when there is nothing to do.
async fn fill_missing(storage: &PgStorage) -> Result<()> {
    if crate::match_keys::deferred_for_bench() {
        return Ok(());
    }
    // A lookup that cannot key them (a read-only session, say) still answers
    // from the keys there are.
    if let Err(err) = sqlx::query("SELECT ingest.fill_missing_match_keys()")
        .execute(&storage.pool)
        .await
    {
        tracing::warn!(
            "Runs without match keys could not be keyed now: {}",
            crate::error::db_error(err)
        );
    }
    Ok(())
}

fn pair_from_row(r: &PgRow) -> Result<CrossSourceMatch> {
    Ok(CrossSourceMatch {
        plaintiff_id: r.try_get("plaintiff_id")?,
        plaintiff_name: r.try_get("plaintiff_name")?,
        source_system: r
            .try_get::<Option<String>, _>("source_system")?
            .unwrap_or_default(),
        import_run_id: r.try_get("import_run_id")?,
        line: r.try_get::<Option<i32>, _>("line")?.map(i64::from),
        created_at: r.try_get("created_at")?,
        matched_plaintiff_id: r.try_get("matched_plaintiff_id")?,
        matched_plaintiff_name: r.try_get("matched_plaintiff_name")?,
        matched_source_system: r
            .try_get::<Option<String>, _>("matched_source_system")?
            .unwrap_or_default(),
        matched_import_run_id: r.try_get("matched_import_run_id")?,
        matched_line: r.try_get::<Option<i32>, _>("matched_line")?.map(i64::from),
        matched_created_at: r.try_get("matched_created_at")?,
        match_rule: MatchRule::parse(r.try_get::<&str, _>("match_rule")?),
    })
}
