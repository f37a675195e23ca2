//! The run's cross-source match keys (migration 0014), written by a second
//! connection while the run's own connection lands: each chunk's keys are
//! COPYd into the run's own segment of `ingest.plaintiff_match_keys`, a
//! table without indexes (migration 0017), at the same time as its rows.
//! Once the last chunk is in, a large run's segment is indexed in bulk while
//! the run finishes (~0.3 µs an index entry instead of ~3 µs one by one);
//! once the run committed, a small run's keys join segment 0 and a large
//! run's segment is attached (merged with the newer segments it outnumbers).
//!
//! A row skipped for a live twin (and its in-file duplicates) keeps its keys
//! out of the key indexes (`is_target`, migration 0016): only new rows
//! become the live plaintiffs others match against, and a skipped row is
//! only ever looked up as its run's own row (`run_cross_source_matches`),
//! so a re-sent file costs the indexes almost nothing. A chunk sent before
//! it landed, while no live key was expected, counts all its rows in. The
//! run's marker records how many were left out (`untargeted`).
//!
//! The writer takes the run's `ingest.match_keyed_runs` marker first, and
//! commits just after the run commits. Whenever it cannot (no second
//! connection, a failed COPY, the process died in between), the run is
//! keyed from its raw rows in SQL — right after the commit by this session,
//! or by the next lookup (`ingest.fill_missing_match_keys`).

use sqlx::pool::PoolConnection;
use sqlx::{Executor, PgPool, Postgres};
use uuid::Uuid;

use super::copy::{bin_bool, bin_i64, bin_row, copy_buffer, copy_rows, CopyFormat};
use super::discard;
use crate::error::db_error;
use crate::match_keys::MatchKeys;
use crate::model::{LandingRow, RowKind};

/// COPY into the run's segment `ingest.match_keys_s<segment>`.
fn copy_keys(segment: i64) -> String {
    format!(
        "COPY ingest.match_keys_s{segment} (raw_id, email_key, name_phone_key, is_target) \
         FROM STDIN WITH (FORMAT binary)"
    )
}

/// A run with fewer keys than this joins segment 0 (indexed row by row);
/// one with more gets a segment of its own, indexed in bulk. Bulk indexing
/// wins from a few thousand keys; segments are merged by size, so a lookup
/// probes about log2(all keys / this) of them.
const SEGMENT_MIN_KEYS: i64 = 10_000;

/// How long the writer waits for a second connection.
const OPEN_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// What the writer needs of a landed (not invalid) row.
struct KeyRow {
    raw_id: i64,
    keys: MatchKeys,
    /// Indexed for others' lookups: not skipped for a live twin.
    target: bool,
}

/// The writer on its own task: chunks are handed over and the import goes on
/// (the keys, computed with the rows on the reader thread, are COPYd on
/// another worker thread). At most a few chunks wait in the channel.
pub(super) struct MatchKeyTask {
    chunks: Option<tokio::sync::mpsc::Sender<Vec<KeyRow>>>,
    done: Option<tokio::task::JoinHandle<Option<MatchKeyWriter>>>,
}

impl MatchKeyTask {
    /// Start the writer for this run, or `None` (see [`MatchKeyWriter::open`]).
    pub(super) async fn start(pool: &PgPool, run_id: Uuid) -> Option<MatchKeyTask> {
        let mut writer = MatchKeyWriter::open(pool, run_id).await?;
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<KeyRow>>(4);
        let done = tokio::spawn(async move {
            let mut ok = true;
            while let Some(rows) = rx.recv().await {
                if !ok {
                    continue;
                }
                if let Err(err) = writer.write(&rows).await {
                    keyed_later(run_id, &db_error(err));
                    ok = false;
                }
            }
            // All keys are in (`all_sent`): index the segment now, while the
            // run finishes on its own connection.
            if ok {
                if let Err(err) = writer.index().await {
                    keyed_later(run_id, &db_error(err));
                    ok = false;
                }
            }
            ok.then_some(writer)
        });
        Some(MatchKeyTask {
            chunks: Some(tx),
            done: Some(done),
        })
    }

    /// Hand over a landed chunk's rows with their raw ids (invalid rows have
    /// no keys); `is_target` says which rows go into the key indexes.
    pub(super) async fn send(
        &mut self,
        rows: &[LandingRow],
        raw_ids: &[i64],
        is_target: impl Fn(&LandingRow) -> bool,
    ) {
        let Some(tx) = self.chunks.as_ref() else {
            return;
        };
        let chunk: Vec<KeyRow> = rows
            .iter()
            .zip(raw_ids)
            .filter(|(row, _)| !matches!(row.kind, RowKind::Invalid { .. }))
            .map(|(row, &raw_id)| KeyRow {
                raw_id,
                keys: row.match_keys,
                target: is_target(row),
            })
            .collect();
        if tx.send(chunk).await.is_err() {
            self.chunks = None;
        }
    }

    /// The run has landed its last chunk: the writer indexes the segment
    /// while the run finishes.
    pub(super) fn all_sent(&mut self) {
        self.chunks = None;
    }

    /// After the run committed: wait for the writer and commit the keys.
    /// `false` when they could not be written (the caller keys the run).
    pub(super) async fn commit(mut self) -> bool {
        self.chunks = None;
        let Some(done) = self.done.take() else {
            return false;
        };
        let Ok(Some(writer)) = done.await else {
            return false;
        };
        match writer.commit().await {
            Ok(()) => true,
            Err(err) => {
                tracing::warn!("Match keys are computed again: {}", db_error(err));
                false
            }
        }
    }
}

pub(super) struct MatchKeyWriter {
    /// `None` once committed or given up.
    conn: Option<PoolConnection<Postgres>>,
    buffer: Vec<u8>,
    run_id: Uuid,
    /// The run's own segment (`ingest.open_match_key_segment`).
    segment: i64,
    /// Keys written with `is_target` false.
    untargeted: i64,
}

impl MatchKeyWriter {
    /// A second connection holding the run's marker, or `None` (logged):
    /// the run is then keyed from its raw rows after it commits.
    async fn open(pool: &PgPool, run_id: Uuid) -> Option<MatchKeyWriter> {
        if crate::match_keys::deferred_for_bench() {
            return None;
        }
        // A pool busy with other imports must not stall this one: after a
        // short wait the run is keyed after its commit instead.
        let mut conn = match tokio::time::timeout(OPEN_WAIT, pool.acquire()).await {
            Ok(Ok(conn)) => conn,
            Ok(Err(err)) => {
                keyed_later(run_id, &db_error(err));
                return None;
            }
            Err(_) => {
                keyed_later(run_id, &"no free connection");
                return None;
            }
        };
        let opened = async {
            conn.execute("BEGIN").await?;
            sqlx::query(
                "INSERT INTO ingest.match_keyed_runs (import_run_id, keyed_by) VALUES ($1, 'import')",
            )
            .bind(run_id)
            .execute(&mut *conn)
            .await?;
            sqlx::query_scalar::<_, i64>("SELECT ingest.open_match_key_segment()")
                .fetch_one(&mut *conn)
                .await
        }
        .await;
        match opened {
            Ok(segment) => Some(MatchKeyWriter {
                conn: Some(conn),
                buffer: copy_buffer(),
                run_id,
                segment,
                untargeted: 0,
            }),
            Err(err) => {
                discard(conn);
                keyed_later(run_id, &db_error(err));
                None
            }
        }
    }

    /// COPY the keys of a chunk's landed rows.
    async fn write(&mut self, rows: &[KeyRow]) -> Result<(), sqlx::Error> {
        let Some(conn) = self.conn.as_mut() else {
            return Ok(());
        };
        self.untargeted += rows.iter().filter(|row| !row.target).count() as i64;
        copy_rows(
            conn,
            &copy_keys(self.segment),
            &mut self.buffer,
            CopyFormat::Binary,
            rows.len(),
            |i, out| {
                let row = &rows[i];
                bin_row(out, 4);
                bin_i64(out, Some(row.raw_id));
                bin_i64(out, row.keys.email);
                bin_i64(out, row.keys.name_phone);
                bin_bool(out, row.target);
            },
        )
        .await
    }

    /// Index the run's segment if it is large enough to be kept
    /// (`ingest.index_match_key_segment`: its own table only, no lock
    /// anyone else needs).
    async fn index(&mut self) -> Result<(), sqlx::Error> {
        let Some(conn) = self.conn.as_mut() else {
            return Ok(());
        };
        sqlx::query("SELECT ingest.index_match_key_segment($1, $2)")
            .bind(self.segment)
            .bind(SEGMENT_MIN_KEYS)
            .execute(&mut **conn)
            .await
            .map(drop)
    }

    /// After the run committed: file its segment and commit its keys.
    async fn commit(mut self) -> Result<(), sqlx::Error> {
        let Some(mut conn) = self.conn.take() else {
            return Ok(());
        };
        // Simple-query text: numbers and a uuid, no user input.
        let sql = format!(
            "SELECT ingest.close_match_key_segment({}, {SEGMENT_MIN_KEYS}); \
             UPDATE ingest.match_keyed_runs SET untargeted = {} WHERE import_run_id = '{}'; COMMIT",
            self.segment, self.untargeted, self.run_id
        );
        match conn.execute(sql.as_str()).await {
            Ok(_) => Ok(()),
            Err(err) => {
                discard(conn);
                Err(err)
            }
        }
    }
}

impl Drop for MatchKeyWriter {
    /// Not committed (the run failed or was cancelled): close the connection,
    /// the server rolls the keys and the marker back.
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            discard(conn);
        }
    }
}

/// The writer gave up on this run: it is keyed from its rows after it commits.
fn keyed_later(run_id: Uuid, why: &dyn std::fmt::Display) {
    tracing::warn!("Match keys of run {run_id} will be computed after the import: {why}");
}

/// Key the run from its raw rows unless it already is (a no-op then).
pub(super) async fn fill_run(pool: &PgPool, run_id: Uuid) {
    if crate::match_keys::deferred_for_bench() {
        return;
    }
    if let Err(err) = sqlx::query("SELECT ingest.fill_match_keys($1)")
        .bind(run_id)
        .execute(pool)
        .await
    {
        tracing::warn!(
            "Match keys of run {run_id} are left to the next lookup: {}",
            db_error(err)
        );
    }
}
