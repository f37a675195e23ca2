//! Cross-vendor matches (`crate::matches`): a chunk's rows looked up against
//! the live plaintiffs of other sources, a run's matches
//! (`ingest.run_cross_source_matches`) and the pairs of
//! `ingest.v_cross_source_matches`. Keys are computed by
//! `ingest.match_email` / `ingest.match_name_phone` on both sides, so every
//! lookup is a probe of the `plaintiffs_match_*_idx` indexes.

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
    let idx: Vec<i64> = rows.iter().map(|r| r.row_index).collect();
    let names: Vec<Option<String>> = rows.iter().map(|r| r.name.clone()).collect();
    let emails: Vec<Option<String>> = rows.iter().map(|r| r.email.clone()).collect();
    let phones: Vec<Option<String>> = rows.iter().map(|r| r.phone.clone()).collect();
    let found = sqlx::query(
        "WITH k AS MATERIALIZED (
             SELECT c.row_index,
                    ingest.match_email(c.email) AS email_key,
                    ingest.match_name_phone(c.name, c.phone) AS name_phone_key
             FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[])
                  AS c(row_index, name, email, phone)
             WHERE EXISTS (SELECT 1 FROM ingest.import_runs o
                           WHERE o.source_system <> $1 AND o.status = 'completed')
         )
         SELECT k.row_index, p.id, p.plaintiff_name, p.source_system, p.import_run_id,
                'email' AS match_rule
         FROM k JOIN public.plaintiffs p
           ON p.deleted_at IS NULL AND ingest.match_email(p.contact_email) = k.email_key
          AND p.source_system <> $1
         UNION ALL
         SELECT k.row_index, p.id, p.plaintiff_name, p.source_system, p.import_run_id,
                'name_phone'
         FROM k JOIN public.plaintiffs p
           ON p.deleted_at IS NULL
          AND ingest.match_name_phone(p.plaintiff_name, p.contact_phone) = k.name_phone_key
          AND p.source_system <> $1
         WHERE ingest.match_email(p.contact_email) IS DISTINCT FROM k.email_key
         ORDER BY 1, 4, 3, 2",
    )
    .bind(source_system)
    .bind(&idx)
    .bind(&names)
    .bind(&emails)
    .bind(&phones)
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
