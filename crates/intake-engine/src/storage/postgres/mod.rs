//! PostgreSQL backend (production; Supabase or any PostgreSQL >= 14).
//!
//! Run bookkeeping (claim, finish, fail, reconcile, promote, rollback) goes
//! through the SQL functions of `migrations/postgres`, so the CLI, the app
//! and a DBA with `psql` share one implementation. Rows land through the
//! bulk path in [`land`]: binary `COPY` straight into the final tables per
//! chunk, with the staging-table path as the fallback when another import
//! makes a key live meanwhile.
//!
//! Rooms by operation: this file connects, migrates and describes; [`claim`],
//! [`session`] (the import's lifecycle), [`land`], [`promote`],
//! [`reconcile`], [`rollback`] and [`runs`] (history, capabilities) each
//! hold one; [`copy`] is the COPY protocol both landing and the export use;
//! [`export_target`] and [`export_stage`] write another backend's history
//! (`export-to`); [`lost`] records the run of a connection that broke.

mod claim;
pub(crate) mod copy;
pub(crate) mod export_stage;
pub(crate) mod export_target;
mod fixes;
mod land;
mod lost;
pub(super) mod match_keys;
mod matches;
mod promote;
mod reconcile;
mod resolved;
mod rollback;
mod runs;
mod session;
mod sources;
mod updates;

use std::collections::HashSet;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::{Connection, Executor, Postgres};
use uuid::Uuid;

use super::{Claim, SchemaState, Storage};
use crate::error::{db_error, EngineError, Result};
use crate::model::*;
use crate::rollback::RollbackRequest;

pub(crate) use claim::source_turn_lock_key;
pub use session::PgImportSession;

pub struct PgStorage {
    pool: PgPool,
    described: String,
    /// The connection `connect` made to report connection errors plainly,
    /// until the schema check (or a migration) is done with it.
    first: tokio::sync::Mutex<Option<PgConnection>>,
}

/// Every session's settings, in one round trip. `statement_timeout = 0`:
/// Supabase roles default to a few seconds, far less than a large import's
/// statements. The JIT compiles every run-history and reconciliation query
/// over a big run (measured ~0.25 s each), which costs more than it saves on
/// these short aggregates. Liveness is this session's advisory lock: if the
/// network drops, the server must notice within minutes (not the default
/// ~2 h of TCP keepalive) so the batch is freed. A backend whose client died
/// mid-statement stops within a second instead of at the statement's end,
/// freeing the batch for the next claim (PostgreSQL 14+, Linux).
async fn prepare_session(conn: &mut PgConnection) -> std::result::Result<(), sqlx::Error> {
    conn.execute(
        "SET statement_timeout = 0; SET jit = off; \
         SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; \
         SET tcp_keepalives_count = 3; \
         SELECT set_config(name, '1s', false) FROM pg_settings \
         WHERE name = 'client_connection_check_interval'",
    )
    .await?;
    Ok(())
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
        // That connection is set up as the pool's are (so a refused setting
        // is reported now too) and answers the schema check of `open`
        // (`schema_state`) before it closes: a short command (`intake runs`)
        // then opens one connection more, not three (each is a TLS
        // handshake and a server process). The pool connects lazily.
        let mut first = PgConnection::connect_with(&options)
            .await
            .map_err(|e| explain_connect_error(e, &target))?;
        prepare_session(&mut first)
            .await
            .map_err(|e| explain_connect_error(e, &target))?;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(|conn, _meta| Box::pin(prepare_session(conn)))
            .connect_lazy_with(options);
        Ok(PgStorage {
            pool,
            described: crate::db_url::describe_url(url),
            first: tokio::sync::Mutex::new(Some(first)),
        })
    }

    /// The connection `connect` opened, once (then `None`).
    async fn take_first(&self) -> Option<PgConnection> {
        self.first.lock().await.take()
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

/// Refuses a schema newer than this build; then whether the schema is
/// there and current. Catalog lookups any role may make (operators cannot
/// read `_sqlx_migrations`). The marker is an object of the newest
/// migration: update it with every new migration.
async fn schema_state(conn: &mut PgConnection) -> Result<SchemaState> {
    super::schema_version::refuse_newer_postgres(&mut *conn).await?;
    let (present, current): (bool, bool) = sqlx::query_as(
        "SELECT to_regclass('ingest.import_runs') IS NOT NULL, \
                to_regclass('ingest.match_key_segments') IS NOT NULL",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(match (present, current) {
        (false, _) => SchemaState::Missing,
        (true, false) => SchemaState::Outdated,
        (true, true) => SchemaState::Ready,
    })
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
        if let Some(first) = self.take_first().await {
            let _ = first.close().await;
        }
        // One connection of our own: sqlx takes a session-level advisory
        // lock for the migration and does not release it when a migration
        // fails. Returned to the pool, that connection would keep the lock
        // and the next `migrate` would wait for it forever; closed, the
        // server releases the lock with the session.
        let mut conn = self.pool.acquire().await?;
        super::schema_version::refuse_newer_postgres(&mut conn).await?;
        let result = sqlx::migrate!("../../migrations/postgres")
            .run_direct(&mut *conn)
            .await;
        if result.is_err() {
            let _ = conn.detach().close().await;
        }
        result?;
        Ok(())
    }

    async fn schema_state(&self) -> Result<SchemaState> {
        match self.take_first().await {
            Some(mut first) => {
                let state = schema_state(&mut first).await;
                let _ = first.close().await;
                state
            }
            None => schema_state(&mut *self.pool.acquire().await?).await,
        }
    }

    async fn find_completed_batch(&self, id: &BatchIdentity) -> Result<Option<RunSummary>> {
        claim::find_completed_batch(self, id).await
    }

    async fn live_keys(&self, keys: &[String]) -> Result<HashSet<String>> {
        land::live_keys(self, keys).await
    }

    async fn live_records(
        &self,
        keys: &[String],
    ) -> Result<std::collections::HashMap<String, LiveRecord>> {
        updates::live_records(self, keys).await
    }

    async fn plaintiff_changes(&self, run_id: Uuid) -> Result<Vec<PlaintiffChange>> {
        updates::plaintiff_changes(self, run_id).await
    }

    async fn claim(&self, id: &BatchIdentity, meta: &RunMeta) -> Result<Claim> {
        claim::claim(self, id, meta).await
    }

    async fn list_runs(&self, filter: &RunFilter) -> Result<Vec<RunSummary>> {
        runs::list_runs(self, filter).await
    }

    async fn get_run(&self, run_id: Uuid) -> Result<Option<RunSummary>> {
        runs::get_run(self, run_id).await
    }

    async fn reconcile(&self, run_id: Uuid) -> Result<Reconciliation> {
        reconcile::reconcile(self, run_id).await
    }

    async fn rollback_run(
        &self,
        run_id: Uuid,
        request: &RollbackRequest,
    ) -> Result<RollbackResult> {
        rollback::rollback(self, run_id, request).await
    }

    async fn promote(&self, run_id: Option<Uuid>) -> Result<PromoteResult> {
        promote::promote(self, run_id).await
    }

    async fn errored_rows_page(&self, run_id: Uuid, page: RowPage) -> Result<ErroredRowPage> {
        runs::errored_rows_page(self, run_id, page).await
    }

    async fn blocked_duplicates_page(&self, run_id: Uuid, page: RowPage) -> Result<DuplicatePage> {
        runs::blocked_duplicates_page(self, run_id, page).await
    }

    async fn capabilities(&self) -> Result<Capabilities> {
        runs::capabilities(self).await
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

    async fn errored_payloads(
        &self,
        run_id: Uuid,
        page: RowPage,
    ) -> Result<crate::error_export::ErroredPayloads> {
        fixes::errored_payloads(&self.pool, run_id, page).await
    }

    async fn find_cross_source_matches(
        &self,
        source_system: &str,
        rows: &[crate::matches::MatchCandidate],
    ) -> Result<Vec<crate::matches::RowMatch>> {
        matches::find(self, source_system, rows).await
    }

    async fn run_cross_source_matches(
        &self,
        run_id: Uuid,
        limit: i64,
    ) -> Result<crate::matches::RunMatches> {
        matches::of_run(self, run_id, limit).await
    }

    async fn list_cross_source_matches(
        &self,
        filter: &crate::matches::MatchFilter,
    ) -> Result<Vec<crate::matches::CrossSourceMatch>> {
        matches::list(self, filter).await
    }
}
