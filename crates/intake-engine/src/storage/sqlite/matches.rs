//! Cross-vendor matches (`crate::matches`) on SQLite: the `match_email` and
//! `match_name_phone` generated columns of `plaintiffs` (0008 and 0011, indexed for
//! the live ones) compared with the same expressions over a chunk's rows or a
//! run's raw rows, and the pairs of `v_cross_source_matches`.

use sqlx::sqlite::SqliteRow;
use sqlx::Row;
use uuid::Uuid;

use super::{parse_timestamp, parse_uuid, SqliteStorage};
use crate::error::Result;
use crate::matches::*;

const WS: &str = "char(9, 10, 11, 12, 13, 32)";

/// The `match_email` expression of migration 0008 over `email`.
fn email_key(email: &str) -> String {
    format!("nullif(lower(trim({email}, {WS})), '')")
}

/// The `match_name_phone` expression of migration 0011 (0008's values, with
/// fast paths for the usual name and phone) over `name` and `phone`.
fn name_phone_key(name: &str, phone: &str) -> String {
    format!(
        "CASE WHEN trim(trim({phone}, {WS}), ' -().+/' || char(9)) <> '' \
              AND trim({name}, {WS}) <> '' \
         THEN CASE WHEN instr({name}, '  ') = 0 \
                    AND NOT {name} GLOB ('*[' || char(9, 10, 11, 12, 13) || ']*') \
                   THEN trim(lower({name})) \
                   ELSE trim(replace(replace(replace(replace(\
                        replace(replace(replace(replace(replace(lower({name}), \
                        char(9), ' '), char(10), ' '), char(11), ' '), char(12), ' '), char(13), ' '), \
                        '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' ')) END \
              || '|' || \
              CASE WHEN NOT {phone} GLOB '*[^0-9-]*' \
                   THEN replace({phone}, '-', '') \
                   ELSE replace(replace(replace(replace(replace(replace(replace(replace(\
                        trim({phone}, {WS}), ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), \
                        '+', ''), '/', ''), char(9), '') END \
         END"
    )
}

/// `k` (row_index, email_key, name_phone_key, source) against live plaintiffs.
fn match_query(keys_cte: &str, extra_cols: &str) -> String {
    format!(
        "WITH k AS MATERIALIZED ({keys_cte})
         SELECT k.row_index{extra_cols}, p.id, p.plaintiff_name, p.source_system, p.import_run_id,
                'email' AS match_rule
         FROM k JOIN plaintiffs p INDEXED BY plaintiffs_match_email_idx
           ON p.match_email = k.email_key AND p.deleted_at IS NULL
          AND p.source_system <> k.source_system
         UNION ALL
         SELECT k.row_index{extra_cols}, p.id, p.plaintiff_name, p.source_system, p.import_run_id,
                'name_phone'
         FROM k JOIN plaintiffs p INDEXED BY plaintiffs_match_name_phone_idx
           ON p.match_name_phone = k.name_phone_key AND p.deleted_at IS NULL
          AND p.source_system <> k.source_system
         WHERE p.match_email IS NOT k.email_key"
    )
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
    let json = serde_json::Value::Array(
        rows.iter()
            .map(|r| serde_json::json!([r.row_index, r.name, r.email, r.phone]))
            .collect(),
    )
    .to_string();
    let keys = format!(
        "SELECT c.value ->> '$[0]' AS row_index, {}, {}, ?2 AS source_system
         FROM json_each(?1) c
         WHERE EXISTS (SELECT 1 FROM import_runs o
                       WHERE o.source_system <> ?2 AND o.status = 'completed')",
        email_key("(c.value ->> '$[2]')") + " AS email_key",
        name_phone_key("(c.value ->> '$[1]')", "(c.value ->> '$[3]')") + " AS name_phone_key",
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
/// plaintiffs (`t`, the smaller side) into the run's own plaintiffs through
/// the match indexes: the same pairs as [`match_query`] from the run's side,
/// each run plaintiff's keys against theirs. ?1 run id, ?3 its source.
const PROMOTED_BY_THEIR_KEYS: &str = "
WITH t AS MATERIALIZED (
    SELECT p.id, p.plaintiff_name, p.source_system, p.import_run_id, p.match_email,
           p.match_name_phone
    FROM plaintiffs p WHERE p.deleted_at IS NULL AND p.source_system <> ?3
)
SELECT x.row_index, x.line, x.plaintiff_name AS row_name, t.id, t.plaintiff_name,
       t.source_system, t.import_run_id, 'email' AS match_rule
FROM t CROSS JOIN plaintiffs q INDEXED BY plaintiffs_match_email_idx
       ON q.match_email = t.match_email AND q.source_system = ?3 AND q.deleted_at IS NULL
     CROSS JOIN plaintiffs_raw x ON x.id = q.raw_id AND x.import_run_id = ?1
UNION ALL
SELECT x.row_index, x.line, x.plaintiff_name, t.id, t.plaintiff_name, t.source_system,
       t.import_run_id, 'name_phone'
FROM t CROSS JOIN plaintiffs q INDEXED BY plaintiffs_match_name_phone_idx
       ON q.match_name_phone = t.match_name_phone AND q.source_system = ?3
      AND q.deleted_at IS NULL
     CROSS JOIN plaintiffs_raw x ON x.id = q.raw_id AND x.import_run_id = ?1
WHERE q.match_email IS NOT t.match_email";

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
    let (status, source, total, others): (String, String, i64, i64) = sqlx::query_as(
        "SELECT r.status, r.source_system, r.tally_total,
                (SELECT coalesce(sum(o.tally_inserted), 0) FROM import_runs o
                 WHERE o.source_system <> r.source_system AND o.status = 'completed')
         FROM import_runs r WHERE r.id = ?1",
    )
    .bind(run_id.to_string())
    .fetch_optional(&storage.pool)
    .await?
    .unwrap_or_default();
    if others == 0 {
        return Ok(RunMatches::default());
    }
    let from_their_side = status == "completed" && others < total;
    let statuses = if from_their_side {
        "'pending', 'skipped'"
    } else {
        "'pending', 'promoted', 'skipped'"
    };
    let keys = format!(
        "SELECT x.row_index, x.line, x.plaintiff_name AS row_name, {}, {}, x.source_system
         FROM plaintiffs_raw x
         WHERE x.import_run_id = ?1
           AND coalesce(x.status_before_rollback, x.status) IN ({statuses})",
        email_key("x.contact_email") + " AS email_key",
        name_phone_key("x.plaintiff_name", "x.contact_phone") + " AS name_phone_key",
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
    let found = sqlx::query(&sql)
        .bind(run_id.to_string())
        .bind(limit.max(0))
        .bind(&source)
        .fetch_all(&storage.pool)
        .await?;
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
            .fetch_one(&storage.pool)
            .await?;
    }
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The `match_name_phone` column expression of a migration's text.
    fn column_expression(migration: &str) -> &str {
        let start = "ADD COLUMN match_name_phone TEXT GENERATED ALWAYS AS (";
        let from = migration.find(start).expect("column in migration") + start.len();
        let to = from + migration[from..].find(") VIRTUAL;").expect("end of column");
        &migration[from..to]
    }

    /// Awkward names and phones: control whitespace, runs of spaces, GLOB
    /// metacharacters, punctuation the phone rule strips, non-ASCII letters.
    fn awkward_values(n: usize) -> Vec<(Option<String>, Option<String>)> {
        const PIECES: &[&str] = &[
            "a", "B", "é", "É", " ", "  ", "\t", "\n", "\u{b}", "\u{c}", "\r", "-", "(", ")", ".",
            "+", "/", "1", "9", "0", "[", "]", "*", "?", "^", "|", "\u{a0}", "Ｍ", "'",
        ];
        const NAMES: &[&str] = &["Ann  Lee", " Ann Lee ", "ann\tlee", "ANN LEE"];
        const PHONES: &[&str] = &["555-0100", "(555) 010-0001", " 555 ", "--", "5\n5", "\t5\t"];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |m: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % m
        };
        let mut value = |fixed: &[&str]| -> Option<String> {
            match next(4) {
                0 => None,
                1 => Some(fixed[next(fixed.len())].to_string()),
                _ => Some((0..next(9)).map(|_| PIECES[next(PIECES.len())]).collect()),
            }
        };
        (0..n).map(|_| (value(NAMES), value(PHONES))).collect()
    }

    /// 0011's cheaper expression, and the one lookups build here, give
    /// 0008's key for every value: what was indexed before stays comparable.
    #[tokio::test]
    async fn cheaper_name_phone_key_equals_the_original() {
        let pool = sqlx::SqlitePool::connect("sqlite::memory:").await.unwrap();
        sqlx::query("CREATE TABLE t (plaintiff_name TEXT, contact_phone TEXT)")
            .execute(&pool)
            .await
            .unwrap();
        for (name, phone) in awkward_values(20_000) {
            sqlx::query("INSERT INTO t VALUES (?1, ?2)")
                .bind(name)
                .bind(phone)
                .execute(&pool)
                .await
                .unwrap();
        }
        let original = column_expression(include_str!(
            "../../../../../migrations/sqlite/0008_cross_source_matches.sql"
        ));
        let cheaper = column_expression(include_str!(
            "../../../../../migrations/sqlite/0011_cheaper_match_name_phone.sql"
        ));
        let lookup = name_phone_key("plaintiff_name", "contact_phone");
        let sql = format!(
            "SELECT count(*), count({original}),
                    sum(({original}) IS NOT ({cheaper})), sum(({original}) IS NOT ({lookup})),
                    sum(({original}) IS NOT NULL AND instr(plaintiff_name, '  ') = 0
                        AND NOT contact_phone GLOB '*[^0-9-]*')
             FROM t"
        );
        let (rows, keyed, column_differs, lookup_differs, fast): (i64, i64, i64, i64, i64) =
            sqlx::query_as(&sql).fetch_one(&pool).await.unwrap();
        assert_eq!(rows, 20_000);
        assert!(keyed > 5_000, "only {keyed} values have a key");
        assert!(fast > 300, "only {fast} values take both fast paths");
        assert_eq!(column_differs, 0, "0011's column differs from 0008's");
        assert_eq!(
            lookup_differs, 0,
            "the lookup expression differs from 0008's"
        );
    }
}
