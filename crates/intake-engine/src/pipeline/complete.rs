//! How a claimed run ends — the pipeline's decision, the same for every
//! backend: a run whose stored rows do not match the counts the pipeline
//! reports (SPEC §2.9) is failed with one code and one message, and nothing
//! of it is kept; otherwise it commits. Backends only carry it out
//! (`ImportSession::finalize`, `commit`, `fail`).

use crate::error::{EngineError, Result};
use crate::model::{Reconciliation, RunSummary, UpdateCounts};
use crate::storage::ImportSession;

/// Finalize the run (promote if asked, write the counts, reconcile), then
/// commit it if it reconciles, or fail it (`NOT_RECONCILED`) if not. Any
/// error on the way records the run as `failed` with that error.
pub async fn complete_run(
    session: Box<dyn ImportSession>,
    fetched: i64,
    promote: bool,
) -> Result<(RunSummary, Reconciliation)> {
    complete_run_with_updates(session, fetched, promote)
        .await
        .map(|(summary, reconciliation, _)| (summary, reconciliation))
}

/// [`complete_run`], also saying what `finalize` found and applied of the
/// run's changed rows (`ImportSession::apply_updates`).
pub async fn complete_run_with_updates(
    mut session: Box<dyn ImportSession>,
    fetched: i64,
    promote: bool,
) -> Result<(RunSummary, Reconciliation, UpdateCounts)> {
    let reconciliation = match session.finalize(fetched, promote).await {
        Ok(reconciliation) => reconciliation,
        Err(err) => return Err(abort(session, err).await),
    };
    if !reconciliation.is_reconciled {
        let err = EngineError::NotReconciled {
            run_id: session.run_id(),
            detail: discrepancy_detail(&reconciliation),
        };
        return Err(abort(session, err).await);
    }
    let updates = session.update_counts();
    let summary = session.commit().await?;
    let reconciliation = Reconciliation {
        status: summary.status,
        ..reconciliation
    };
    Ok((summary, reconciliation, updates))
}

/// Fail the run with `err` (rows rolled back, run recorded `failed`) and
/// hand the error back; a failure to record it is logged, not returned, so
/// the caller sees why the run ended.
pub(super) async fn abort(session: Box<dyn ImportSession>, err: EngineError) -> EngineError {
    let run_id = session.run_id();
    let message = crate::pii::redact(&err.to_string());
    if let Err(record_err) = session.fail(err.error_code(), &message).await {
        tracing::error!("Could not record the failed run {run_id}: {record_err}");
    }
    err
}

/// What the pipeline reported against what the database holds.
fn discrepancy_detail(r: &Reconciliation) -> String {
    format!(
        "reported {} fetched / {} inserted / {} skipped / {} errored, \
         stored {} / {} / {} / {}",
        r.reported_fetched,
        r.reported_inserted,
        r.reported_skipped,
        r.reported_errored,
        r.actual_total,
        r.actual_inserted,
        r.actual_skipped,
        r.actual_errored,
    )
}
