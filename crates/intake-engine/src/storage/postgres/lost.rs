//! An import whose database connection broke (backend terminated, server
//! restarted, network gone). The server rolls the run's rows back when the
//! backend ends, which also frees the run's liveness lock; the run row itself
//! (committed by the claim) stays `processing` until someone records it.
//! These helpers tell a lost connection from an ordinary error and record the
//! run from a fresh connection (`ingest.fail_lost_import_run`).

use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::{Connection, Executor, PgPool, Postgres};
use uuid::Uuid;

use super::discard;
use crate::error::{db_error, EngineError, Result};
use crate::error_code::ErrorCode;

/// How long a ping may take before the connection counts as lost.
const PING_TIMEOUT: Duration = Duration::from_secs(5);

/// How long to try for a new connection to record the run: a server that is
/// down must not keep the import from reporting (the next claim of the
/// batch takes the run over then).
const RECONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether this connection still answers. Called after an error only: the
/// error alone does not say whether the server or the connection failed
/// (a terminated backend answers with FATAL 57P01, or the socket just ends).
pub(super) async fn is_connection_lost(conn: &mut PoolConnection<Postgres>) -> bool {
    !matches!(
        tokio::time::timeout(PING_TIMEOUT, conn.ping()).await,
        Ok(Ok(()))
    )
}

/// What became of the run of a lost connection, once its backend is gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LostRunOutcome {
    /// Recorded `failed` (or it already was): nothing of it was kept.
    Failed,
    /// The lost connection had committed it (`COMMIT` reached the server).
    Completed,
}

/// Record the run of a lost connection as failed with `code`/`message`, from
/// a new connection of the pool. Waits (up to 10 s, in the database) for
/// the lost backend to go away.
pub(super) async fn record_lost_run(
    pool: &PgPool,
    run_id: Uuid,
    code: ErrorCode,
    message: &str,
) -> Result<LostRunOutcome> {
    let mut conn = match tokio::time::timeout(RECONNECT_TIMEOUT, pool.acquire()).await {
        Ok(conn) => conn?,
        Err(_) => {
            return Err(EngineError::Connection(
                "the database did not accept a new connection to record the failed run".into(),
            ))
        }
    };
    let status = sqlx::query_scalar::<_, String>("SELECT ingest.fail_lost_import_run($1, $2, $3)")
        .bind(run_id)
        .bind(code.as_str())
        .bind(message)
        .fetch_one(&mut *conn)
        .await;
    // The function lets go of the run's lock itself; never hand a connection
    // that might still hold it back to the pool.
    let status = match status {
        Ok(status) => match conn.execute("SELECT pg_advisory_unlock_all()").await {
            Ok(_) => status,
            Err(err) => {
                discard(conn);
                return Err(db_error(err));
            }
        },
        Err(err) => {
            discard(conn);
            return Err(db_error(err));
        }
    };
    match status.as_str() {
        "completed" => Ok(LostRunOutcome::Completed),
        "processing" => Err(EngineError::Database(format!(
            "import run {run_id} is still held by a live session; it was not recorded as failed"
        ))),
        _ => Ok(LostRunOutcome::Failed),
    }
}
