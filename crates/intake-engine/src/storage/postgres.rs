//! PostgreSQL backend (production; Supabase or any PostgreSQL >= 14).
//!
//! Run bookkeeping (claim, finish, fail, reconcile, promote, rollback) goes
//! through the SQL functions of `migrations/postgres`, so the CLI, the app
//! and a DBA with `psql` share one implementation. Rows land through the
//! bulk path in [`landing`]: binary `COPY` straight into the final tables
//! per chunk, with the staging-table path as the fallback when another
//! import makes a key live meanwhile.

pub(crate) mod copy_text;
mod fixes;
mod landing;
mod lost;
mod sources;

use std::collections::HashSet;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions, PgRow};
use sqlx::{Connection, Executor, Postgres, QueryBuilder, Row};
use uuid::Uuid;

use super::{Claim, SchemaState, Storage};
use crate::error::{db_error, EngineError, Result};
use crate::model::*;

pub use landing::PgImportSession;

/// Keys per `live_keys` query: keeps each bind array a few MB at most.
const LIVE_KEYS_BATCH: usize = 20_000;

/// Custom SQLSTATEs raised by the migration's functions.
const SQLSTATE_REASON_REQUIRED: &str = "IN001";
const SQLSTATE_RUN_NOT_FOUND: &str = "IN002";
const SQLSTATE_WRONG_RUN_STATUS: &str = "IN003";

pub struct PgStorage {
    pool: PgPool,
    described: String,
}

/// Where a connection goes, for plain-words connection errors.
struct ConnectTarget {
    host: String,
    port: u16,
    user: String,
    database: String,
}

impl PgStorage {
    /// Connect (eagerly, so a bad URL or password is reported now) with a
    /// small pool. Every session gets `statement_timeout = 0`: Supabase roles
    /// default to a few seconds, far less than a large import's statements.
    pub async fn connect(url: &str) -> Result<PgStorage> {
        let options: PgConnectOptions = url.parse().map_err(|_| {
            EngineError::Config(
                "invalid PostgreSQL URL (expected postgres://user:password@host:port/database)"
                    .into(),
            )
        })?;
        let target = ConnectTarget {
            host: options.get_host().to_string(),
            port: options.get_port(),
            user: options.get_username().to_string(),
            database: options
                .get_database()
                .unwrap_or(options.get_username())
                .to_string(),
        };
        // One direct attempt first: the pool retries failed connects until its
        // acquire timeout, which would hide "connection refused" behind a timeout.
        let probe = PgConnection::connect_with(&options)
            .await
            .map_err(|e| explain_connect_error(e, &target))?;
        let _ = probe.close().await;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute("SET statement_timeout = 0").await?;
                    // The JIT compiles every run-history and reconciliation
                    // query over a big run (measured ~0.25 s each), which
                    // costs more than it saves on these short aggregates.
                    conn.execute("SET jit = off").await?;
                    // Liveness is this session's advisory lock: if the network
                    // drops, the server must notice within minutes (not the
                    // default ~2 h of TCP keepalive) so the batch is freed.
                    conn.execute(
                        "SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; \
                         SET tcp_keepalives_count = 3",
                    )
                    .await?;
                    // A backend whose client died mid-statement stops within
                    // a second instead of at the statement's end, freeing
                    // the batch for the next claim (PostgreSQL 14+, Linux).
                    conn.execute(
                        "SELECT set_config(name, '1s', false) FROM pg_settings \
                         WHERE name = 'client_connection_check_interval'",
                    )
                    .await?;
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|e| explain_connect_error(e, &target))?;
        Ok(PgStorage {
            pool,
            described: crate::config::describe_url(url),
        })
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Record processing runs (all, or one) whose importer is gone as failed
    /// (`ingest.fail_dead_runs`, migration 0006). Best effort: a role that may
    /// not call it still reads the history. Returns how many were recorded.
    async fn fail_dead_runs(&self, run_id: Option<Uuid>) -> i64 {
        match sqlx::query_scalar("SELECT ingest.fail_dead_runs($1)")
            .bind(run_id)
            .fetch_one(&self.pool)
            .await
        {
            Ok(n) => n,
            Err(e) => {
                tracing::debug!("Dead runs not settled: {}", db_error(e));
                0
            }
        }
    }

    async fn fetch_runs(&self, filter: &RunFilter) -> Result<Vec<RunSummary>> {
        let mut query: QueryBuilder<Postgres> = QueryBuilder::new(format!(
            "SELECT {SUMMARY_COLUMNS} FROM ingest.v_import_runs_summary WHERE true"
        ));
        if let Some(source) = &filter.source_system {
            query
                .push(" AND source_system = lower(trim(")
                .push_bind(source.clone())
                .push("))");
        }
        if let Some(status) = filter.status {
            query.push(" AND status = ").push_bind(status.as_str());
        }
        if let Some(since) = filter.since {
            query.push(" AND created_at >= ").push_bind(since);
        }
        if let Some(until) = filter.until {
            query.push(" AND created_at < ").push_bind(until);
        }
        query.push(" ORDER BY created_at DESC, id");
        if filter.limit > 0 {
            query.push(" LIMIT ").push_bind(filter.limit);
        }
        let rows = query.build().fetch_all(&self.pool).await?;
        rows.iter().map(summary_from_row).collect()
    }

    async fn run_summary(&self, run_id: Uuid) -> Result<RunSummary> {
        self.get_run(run_id)
            .await?
            .ok_or(EngineError::RunNotFound(run_id))
    }
}

/// Turn a failed connection attempt into a sentence a person can act on.
fn explain_connect_error(err: sqlx::Error, target: &ConnectTarget) -> EngineError {
    let ConnectTarget {
        host,
        port,
        user,
        database,
    } = target;
    let explained = match &err {
        sqlx::Error::Database(db) => {
            let code = db.code().map(|c| c.to_string()).unwrap_or_default();
            let message = db.message();
            if message.contains("Tenant or user not found") {
                Some(format!(
                    "the server at {host}:{port} does not know the user '{user}'. Supabase's \
                     session pooler wants the user name postgres.<project-ref> \
                     (for example postgres.abcdefghijklmnopqrst), not just postgres"
                ))
            } else if code == "28P01" || message.contains("password authentication failed") {
                Some(format!(
                    "the password for user '{user}' was rejected by {host}:{port}"
                ))
            } else if code == "3D000" {
                Some(format!(
                    "the database '{database}' does not exist on {host}:{port}"
                ))
            } else if code == "28000" {
                Some(format!(
                    "the server at {host}:{port} refused user '{user}' for database \
                     '{database}' (no access rule allows it; check the user name and SSL)"
                ))
            } else {
                None
            }
        }
        sqlx::Error::Io(io) => Some(match io.kind() {
            std::io::ErrorKind::ConnectionRefused => format!(
                "nothing accepted the connection at {host}:{port}; is the server running \
                 and are the host and port right?"
            ),
            std::io::ErrorKind::TimedOut => {
                format!("the connection to {host}:{port} timed out")
            }
            _ if io.to_string().contains("lookup address") => {
                format!("the host name '{host}' could not be resolved")
            }
            _ => format!("cannot reach {host}:{port}: {io}"),
        }),
        sqlx::Error::PoolTimedOut => Some(format!(
            "timed out connecting to {host}:{port}; is the server reachable?"
        )),
        sqlx::Error::Tls(tls) => Some(format!(
            "the secure (TLS) connection to {host}:{port} failed: {tls}"
        )),
        _ => None,
    };
    match explained {
        Some(message) => EngineError::Connection(message),
        None => match db_error(err) {
            EngineError::Database(message) => EngineError::Connection(message),
            other => other,
        },
    }
}

/// The columns `RunSummary` is read from.
const SUMMARY_COLUMNS: &str = "id, source_system, source_batch_id, file_hash, \
    coalesce(filename, '') AS filename, coalesce(file_kind, '') AS file_kind, status, \
    imported_by, rows_fetched::bigint AS rows_fetched, rows_inserted::bigint AS rows_inserted, \
    rows_skipped::bigint AS rows_skipped, rows_errored::bigint AS rows_errored, created_at, \
    finished_at, duration_seconds, is_reconciled, error_message, rollback_reason, \
    rolled_back_by, rolled_back_at, rows_pending";

/// A completed run's summary read from `import_runs` alone, without the live
/// recount of `v_import_runs_summary` (which scans all of the run's rows):
/// for the duplicate-batch answer and the end of an import, which must stay
/// cheap. A completed run reconciled when it committed (`finish` checks it
/// in the same transaction). Append a WHERE clause.
pub(crate) const COMPLETED_RUN_SUMMARY: &str = "SELECT id, source_system, source_batch_id, \
    file_hash, coalesce(filename, '') AS filename, coalesce(file_kind, '') AS file_kind, status, \
    imported_by, rows_fetched::bigint AS rows_fetched, rows_inserted::bigint AS rows_inserted, \
    rows_skipped::bigint AS rows_skipped, rows_errored::bigint AS rows_errored, created_at, \
    finished_at, \
    extract(epoch FROM (finished_at - coalesce(started_at, created_at)))::double precision \
        AS duration_seconds, \
    true AS is_reconciled, error_details ->> 'message' AS error_message, \
    error_details ->> 'rollback_reason' AS rollback_reason, \
    error_details ->> 'rolled_back_by' AS rolled_back_by, \
    (error_details ->> 'rolled_back_at')::timestamptz AS rolled_back_at, \
    (CASE WHEN promoted THEN 0 ELSE rows_inserted END)::bigint AS rows_pending \
    FROM ingest.import_runs";

fn run_status(text: &str) -> Result<RunStatus> {
    RunStatus::parse(text)
        .ok_or_else(|| EngineError::Database(format!("unknown import run status '{text}'")))
}

fn summary_from_row(row: &PgRow) -> Result<RunSummary> {
    let status: String = row.try_get("status")?;
    Ok(RunSummary {
        id: row.try_get("id")?,
        source_system: row.try_get("source_system")?,
        source_batch_id: row.try_get("source_batch_id")?,
        file_hash: row.try_get("file_hash")?,
        filename: row.try_get("filename")?,
        file_kind: row.try_get("file_kind")?,
        status: run_status(&status)?,
        imported_by: row.try_get("imported_by")?,
        rows_fetched: row.try_get("rows_fetched")?,
        rows_inserted: row.try_get("rows_inserted")?,
        rows_skipped: row.try_get("rows_skipped")?,
        rows_errored: row.try_get("rows_errored")?,
        created_at: row.try_get("created_at")?,
        finished_at: row.try_get("finished_at")?,
        duration_seconds: row.try_get("duration_seconds")?,
        is_reconciled: row.try_get("is_reconciled")?,
        error_message: row.try_get("error_message")?,
        rollback_reason: row.try_get("rollback_reason")?,
        rolled_back_by: row.try_get("rolled_back_by")?,
        rolled_back_at: row.try_get("rolled_back_at")?,
        rows_pending: row.try_get("rows_pending")?,
    })
}

pub(crate) fn reconciliation_from_row(row: &PgRow) -> Result<Reconciliation> {
    let status: String = row.try_get("status")?;
    Ok(Reconciliation {
        run_id: row.try_get("run_id")?,
        status: run_status(&status)?,
        reported_fetched: row.try_get("reported_fetched")?,
        reported_inserted: row.try_get("reported_inserted")?,
        reported_skipped: row.try_get("reported_skipped")?,
        reported_errored: row.try_get("reported_errored")?,
        actual_total: row.try_get("actual_total")?,
        actual_inserted: row.try_get("actual_inserted")?,
        actual_skipped: row.try_get("actual_skipped")?,
        actual_errored: row.try_get("actual_errored")?,
        fetched_discrepancy: row.try_get("fetched_discrepancy")?,
        inserted_discrepancy: row.try_get("inserted_discrepancy")?,
        skipped_discrepancy: row.try_get("skipped_discrepancy")?,
        errored_discrepancy: row.try_get("errored_discrepancy")?,
        is_reconciled: row.try_get("is_reconciled")?,
    })
}

fn sqlstate(err: &sqlx::Error) -> Option<String> {
    match err {
        sqlx::Error::Database(db) => db.code().map(|c| c.to_string()),
        _ => None,
    }
}

/// A connection that may hold a session-level advisory lock or an open
/// transaction must never go back to the pool: close it instead.
pub(crate) fn discard(conn: PoolConnection<Postgres>) {
    drop(conn.detach());
}

#[async_trait]
impl Storage for PgStorage {
    fn backend(&self) -> BackendKind {
        BackendKind::Postgres
    }

    fn describe(&self) -> String {
        self.described.clone()
    }

    async fn migrate(&self) -> Result<()> {
        sqlx::migrate!("../../migrations/postgres")
            .run(&self.pool)
            .await?;
        Ok(())
    }

    async fn schema_state(&self) -> Result<SchemaState> {
        // Catalog lookups any role may make (operators cannot read
        // `_sqlx_migrations`). The marker is an object of the newest
        // migration: update it with every new migration.
        let (present, current): (bool, bool) = sqlx::query_as(
            "SELECT to_regclass('ingest.import_runs') IS NOT NULL, \
                    to_regclass('ingest.row_fixes') IS NOT NULL",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(match (present, current) {
            (false, _) => SchemaState::Missing,
            (true, false) => SchemaState::Outdated,
            (true, true) => SchemaState::Ready,
        })
    }

    async fn find_completed_batch(&self, id: &BatchIdentity) -> Result<Option<RunSummary>> {
        let sql = format!(
            "{COMPLETED_RUN_SUMMARY} \
             WHERE source_system = lower(trim($1)) \
               AND coalesce(source_batch_id, '') = coalesce(nullif(trim($2), ''), '') \
               AND file_hash = $3 AND status = 'completed' \
             ORDER BY created_at DESC LIMIT 1"
        );
        let row = sqlx::query(&sql)
            .bind(&id.source_system)
            .bind(&id.source_batch_id)
            .bind(&id.file_hash)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(summary_from_row).transpose()
    }

    async fn live_keys(&self, keys: &[String]) -> Result<HashSet<String>> {
        let mut live = HashSet::new();
        for batch in keys.chunks(LIVE_KEYS_BATCH) {
            let found: Vec<String> = sqlx::query_scalar(
                "SELECT dedupe_key FROM ingest.plaintiffs_raw \
                 WHERE dedupe_key = ANY($1) AND status IN ('pending', 'promoted')",
            )
            .bind(batch)
            .fetch_all(&self.pool)
            .await?;
            live.extend(found);
        }
        Ok(live)
    }

    async fn claim(&self, id: &BatchIdentity, meta: &RunMeta) -> Result<Claim> {
        // The claim runs on the connection the session will own: the
        // session-level advisory lock it takes marks this importer as alive.
        let mut conn = self.pool.acquire().await?;
        let claimed = sqlx::query(
            "SELECT outcome, run_id, lower(trim($1)) AS source_system \
             FROM ingest.claim_import_run($1, $2, $3, $4, $5, $6)",
        )
        .bind(&id.source_system)
        .bind(&id.source_batch_id)
        .bind(&id.file_hash)
        .bind(&meta.filename)
        .bind(&meta.file_kind)
        .bind(&meta.imported_by)
        .fetch_one(&mut *conn)
        .await;
        let row = match claimed {
            Ok(row) => row,
            Err(err) => {
                discard(conn);
                return Err(db_error(err));
            }
        };
        let outcome: String = row.try_get("outcome")?;
        let run_id: Uuid = row.try_get("run_id")?;
        let source_system: String = row.try_get("source_system")?;
        match outcome.as_str() {
            "claimed" => {
                if let Err(err) = conn.execute("BEGIN").await {
                    discard(conn);
                    return Err(db_error(err));
                }
                Ok(Claim::Claimed(Box::new(PgImportSession::new(
                    conn,
                    self.pool.clone(),
                    run_id,
                    source_system,
                    source_turn_lock_key(&id.source_system),
                ))))
            }
            "duplicate" => {
                drop(conn);
                Ok(Claim::Duplicate(self.run_summary(run_id).await?))
            }
            "in_progress" => {
                drop(conn);
                Ok(Claim::InProgress(self.run_summary(run_id).await?))
            }
            other => {
                discard(conn);
                Err(EngineError::Database(format!(
                    "unexpected claim outcome '{other}'"
                )))
            }
        }
    }

    async fn list_runs(&self, filter: &RunFilter) -> Result<Vec<RunSummary>> {
        let runs = self.fetch_runs(filter).await?;
        if runs.iter().any(|r| r.status == RunStatus::Processing)
            && self.fail_dead_runs(None).await > 0
        {
            return self.fetch_runs(filter).await;
        }
        Ok(runs)
    }

    async fn get_run(&self, run_id: Uuid) -> Result<Option<RunSummary>> {
        let sql =
            format!("SELECT {SUMMARY_COLUMNS} FROM ingest.v_import_runs_summary WHERE id = $1");
        let fetch = || sqlx::query(&sql).bind(run_id).fetch_optional(&self.pool);
        let mut row = fetch().await?;
        if let Some(run) = row.as_ref().map(summary_from_row).transpose()? {
            if run.status == RunStatus::Processing && self.fail_dead_runs(Some(run_id)).await > 0 {
                row = fetch().await?;
            }
        }
        row.as_ref().map(summary_from_row).transpose()
    }

    async fn reconcile(&self, run_id: Uuid) -> Result<Reconciliation> {
        let fetch = || {
            sqlx::query("SELECT * FROM ingest.reconcile_import_run($1)")
                .bind(run_id)
                .fetch_optional(&self.pool)
        };
        let mut row = fetch().await?;
        if let Some(recon) = row.as_ref().map(reconciliation_from_row).transpose()? {
            if recon.status == RunStatus::Processing && self.fail_dead_runs(Some(run_id)).await > 0
            {
                row = fetch().await?;
            }
        }
        match row {
            Some(row) => reconciliation_from_row(&row),
            None => Err(EngineError::RunNotFound(run_id)),
        }
    }

    async fn rollback(
        &self,
        run_id: Uuid,
        reason: &str,
        actor: Option<&str>,
    ) -> Result<RollbackResult> {
        if reason.trim().is_empty() {
            return Err(EngineError::ReasonRequired);
        }
        let result = sqlx::query(
            "SELECT run_id, rows_rolled_back, plaintiffs_removed \
             FROM ingest.rollback_import_run($1, $2, $3)",
        )
        .bind(run_id)
        .bind(reason)
        .bind(actor)
        .fetch_one(&self.pool)
        .await;
        match result {
            Ok(row) => Ok(RollbackResult {
                run_id: row.try_get("run_id")?,
                rows_rolled_back: row.try_get("rows_rolled_back")?,
                plaintiffs_removed: row.try_get("plaintiffs_removed")?,
            }),
            Err(err) => match sqlstate(&err).as_deref() {
                Some(SQLSTATE_REASON_REQUIRED) => Err(EngineError::ReasonRequired),
                Some(SQLSTATE_RUN_NOT_FOUND) => Err(EngineError::RunNotFound(run_id)),
                Some(SQLSTATE_WRONG_RUN_STATUS) => {
                    let status = self
                        .get_run(run_id)
                        .await?
                        .map(|run| run.status.as_str().to_string())
                        .unwrap_or_default();
                    Err(EngineError::NotRollbackable { run_id, status })
                }
                _ => Err(db_error(err)),
            },
        }
    }

    async fn promote(&self, run_id: Option<Uuid>) -> Result<PromoteResult> {
        if let Some(id) = run_id {
            let exists: bool = sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM ingest.import_runs WHERE id = $1)",
            )
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
            if !exists {
                return Err(EngineError::RunNotFound(id));
            }
        }
        let row = sqlx::query("SELECT runs, promoted FROM ingest.promote_pending($1)")
            .bind(run_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(PromoteResult {
            runs: row.try_get("runs")?,
            promoted: row.try_get("promoted")?,
        })
    }

    async fn errored_rows(&self, run_id: Uuid) -> Result<Vec<ErroredRow>> {
        let rows = sqlx::query(
            "SELECT import_run_id, row_index::bigint AS row_index, coalesce(filename, '') AS filename, \
                    plaintiff_name, coalesce(error_code, '') AS error_code, \
                    coalesce(error_message, '') AS error_message, created_at, line::bigint AS line \
             FROM ingest.v_errored_rows WHERE import_run_id = $1 ORDER BY row_index",
        )
        .bind(run_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ErroredRow {
                    import_run_id: row.try_get("import_run_id")?,
                    row_index: row.try_get("row_index")?,
                    filename: row.try_get("filename")?,
                    plaintiff_name: row.try_get("plaintiff_name")?,
                    error_code: row.try_get("error_code")?,
                    error_message: row.try_get("error_message")?,
                    created_at: row.try_get("created_at")?,
                    line: row.try_get("line")?,
                })
            })
            .collect()
    }

    async fn blocked_duplicates(&self, run_id: Uuid) -> Result<Vec<BlockedDuplicate>> {
        let rows = sqlx::query(
            "SELECT import_run_id, row_index::bigint AS row_index, coalesce(filename, '') AS filename, \
                    source_system, plaintiff_name, coalesce(dedupe_key, '') AS dedupe_key, created_at, \
                    duplicate_of_run_id, duplicate_of_row_index::bigint AS duplicate_of_row_index, \
                    duplicate_of_filename \
             FROM ingest.v_blocked_duplicates WHERE import_run_id = $1 ORDER BY row_index",
        )
        .bind(run_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(BlockedDuplicate {
                    import_run_id: row.try_get("import_run_id")?,
                    row_index: row.try_get("row_index")?,
                    filename: row.try_get("filename")?,
                    source_system: row.try_get("source_system")?,
                    plaintiff_name: row.try_get("plaintiff_name")?,
                    dedupe_key: row.try_get("dedupe_key")?,
                    created_at: row.try_get("created_at")?,
                    duplicate_of_run_id: row.try_get("duplicate_of_run_id")?,
                    duplicate_of_row_index: row.try_get("duplicate_of_row_index")?,
                    duplicate_of_filename: row.try_get("duplicate_of_filename")?,
                })
            })
            .collect()
    }

    async fn capabilities(&self) -> Result<Capabilities> {
        // Objects are looked up by oid in the catalogs: resolving a name
        // inside a schema the role may not use would itself be refused.
        let row = sqlx::query(
            "WITH fns AS (
                 SELECT p.proname, pg_catalog.has_function_privilege(p.oid, 'EXECUTE') AS allowed
                 FROM pg_catalog.pg_proc p
                 JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'ingest'
             ), rels AS (
                 SELECT n.nspname || '.' || c.relname AS name,
                        pg_catalog.has_table_privilege(c.oid, 'SELECT') AS can_select,
                        pg_catalog.has_table_privilege(c.oid, 'INSERT') AS can_insert
                 FROM pg_catalog.pg_class c
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname IN ('ingest', 'public')
             )
             SELECT current_user::text AS role,
                    coalesce((SELECT pg_catalog.has_schema_privilege(n.oid, 'USAGE')
                              FROM pg_catalog.pg_namespace n WHERE n.nspname = 'ingest'), false)
                        AS schema_usage,
                    coalesce((SELECT can_select FROM rels WHERE name = 'ingest.v_import_runs_summary'), false)
                        AS can_read,
                    coalesce((SELECT bool_and(allowed) AND count(*) = 2 FROM fns
                              WHERE proname IN ('claim_import_run', 'finish_import_run')), false)
                      AND coalesce((SELECT can_insert FROM rels WHERE name = 'ingest.plaintiffs_raw'), false)
                      AND coalesce((SELECT can_insert FROM rels WHERE name = 'public.plaintiffs'), false)
                        AS can_import,
                    coalesce((SELECT bool_and(allowed) FROM fns WHERE proname = 'promote_pending'), false)
                        AS can_promote,
                    coalesce((SELECT bool_and(allowed) FROM fns WHERE proname = 'rollback_import_run'), false)
                        AS can_rollback",
        )
        .fetch_one(&self.pool)
        .await?;
        let usage: bool = row.try_get("schema_usage")?;
        Ok(Capabilities {
            backend: BackendKind::Postgres,
            role: row.try_get("role")?,
            can_read: usage && row.try_get::<bool, _>("can_read")?,
            can_import: usage && row.try_get::<bool, _>("can_import")?,
            can_promote: usage && row.try_get::<bool, _>("can_promote")?,
            can_rollback: usage && row.try_get::<bool, _>("can_rollback")?,
        })
    }

    async fn list_sources(&self) -> Result<Vec<crate::sources::SourceInfo>> {
        sources::list_sources(&self.pool).await
    }

    /// `actor` is not used: PostgreSQL records the database login.
    async fn save_source(
        &self,
        update: &crate::sources::SourceUpdate,
        _actor: Option<&str>,
    ) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        sources::save_source(&mut conn, update).await
    }

    async fn run_fixes(&self, run_id: Uuid) -> Result<Vec<crate::fixes::StoredFix>> {
        fixes::run_fixes(&self.pool, run_id).await
    }

    async fn errored_payloads(&self, run_id: Uuid) -> Result<crate::error_export::ErroredPayloads> {
        fixes::errored_payloads(&self.pool, run_id).await
    }
}

/// The transaction-level advisory lock that gives imports of one source
/// their turn to land rows (`ImportSession::try_take_turn`); `export-to`
/// takes it too. The dedupe key hashes the normalized source, so only
/// imports of the same normalized source can meet each other's keys.
/// 64 bits of SHA-256: no two sources share a turn by accident.
pub(crate) fn source_turn_lock_key(source: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(b"plaintiff-intake source turn\0")
        .chain_update(crate::dedupe_key::normalize_source(source).as_bytes())
        .finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}
