import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { BlockedDuplicate } from "../bindings/BlockedDuplicate";
import type { Capabilities } from "../bindings/Capabilities";
import type { Reconciliation } from "../bindings/Reconciliation";
import type { RunCsvKind } from "../bindings/RunCsvKind";
import type { StoredFix } from "../bindings/StoredFix";
import { RunFixes } from "../components/RunFixes";
import { RunRowsTable } from "../components/RunRowsTable";
import { RunChanges } from "../components/RunChanges";
import type { PlaintiffChange } from "../bindings/PlaintiffChange";
import { fieldLabel } from "../lib/fate";
import type { RunSummary } from "../bindings/RunSummary";
import { Dialog } from "../components/Dialog";
import { ErrorNote } from "../components/ErrorNote";
import { errorSentence } from "../lib/errors";
import { logShownError } from "../lib/report";
import { formatCount, formatDateTime, formatDuration } from "../lib/format";
import { rowReason, RUNBOOK_LEGEND, WORDS } from "../lib/words";
import { reconciledMark, STATUS_LABELS } from "./HistoryScreen";

export const CONFIRM_WORD = "ROLLBACK";

interface Loaded {
  run: RunSummary;
  /** `undefined` while the rows are being counted; `null` when not available. */
  rec: Reconciliation | null | undefined;
  /** How many errored rows and blocked duplicates (kept on the run); the tables page through them. */
  erroredTotal: number;
  dupsTotal: number;
  fixes: StoredFix[];
  /** Bumped on every load: the tables read their pages again. */
  version: number;
  changes: PlaintiffChange[];
}

export function RunPage({ runId, capabilities, onBack }: { runId: string; capabilities: Capabilities | null; onBack: () => void }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rollbackOpen, setRollbackOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  async function load() {
    try {
      const run = await api.getRun(runId);
      // The totals are kept on the run; the tables read the pages they show.
      const [errored, dups, fixes, changes] = await Promise.all([
        api.erroredRowsPage(runId, { offset: 0, limit: 1 }),
        api.blockedDuplicatesPage(runId, { offset: 0, limit: 1 }),
        api.runFixes(runId),
        api.runChanges(runId),
      ]);
      setData((old) => ({ run, rec: run.status === "processing" ? null : undefined, erroredTotal: errored.total, dupsTotal: dups.total, fixes, changes, version: (old?.version ?? 0) + 1 }));
      // The reconciliation counts the run's rows themselves (a large run
      // takes a moment): the page is shown meanwhile.
      if (run.status !== "processing") {
        const rec = await api.reconcileRun(runId).catch(() => null);
        setData((old) => (old && old.run.id === run.id ? { ...old, rec } : old));
      }
      setError(null);
    } catch (e) {
      setError(e);
    }
  }
  useEffect(() => {
    void load().then(() => heading.current?.focus());
  }, [runId]);

  async function exportCsv(kind: RunCsvKind) {
    try {
      const path = await api.exportRunCsv(runId, kind);
      if (path) setNotice(`Saved ${path}.`);
    } catch (e) {
      logShownError(e, "run-export");
      setNotice(errorSentence(e));
    }
  }

  async function promote() {
    try {
      const r = await api.promoteRun(runId);
      setNotice(`Promoted ${formatCount(r.promoted)} rows.`);
      await load();
    } catch (e) {
      logShownError(e, "run-promote");
      setNotice(errorSentence(e));
    }
  }

  if (error != null) {
    return (
      <section class="screen">
        <button type="button" class="link" onClick={onBack}>← History</button>
        <ErrorNote error={error} />
      </section>
    );
  }
  if (!data) return <section class="screen"><p role="status">Loading…</p></section>;
  const { run, rec, erroredTotal, dupsTotal, fixes, changes, version } = data;
  const canRollback = (capabilities?.can_rollback ?? false) && run.status === "completed";
  const canPromote = (capabilities?.can_promote ?? false) && run.status === "completed" && run.rows_pending > 0;

  return (
    <section aria-labelledby="run-title" class="screen" data-testid="run-page" data-status={run.status}>
      <button type="button" class="link" onClick={onBack}>← History</button>
      <h1 id="run-title" tabIndex={-1} ref={heading}>
        {run.filename} <span class={`status status-${run.status}`} data-testid="run-page-status">{STATUS_LABELS[run.status]}</span>
      </h1>
      <p class="facts">
        Source <strong>{run.source_system}</strong>
        {run.source_batch_id && <> · batch <strong>{run.source_batch_id}</strong></>} · started {formatDateTime(run.created_at)} by {run.imported_by} ·
        took {formatDuration(run.duration_seconds)} · run <code>{run.id}</code>
      </p>
      {run.error_message && <ErrorNote error={{ code: "RUN_FAILED", message: run.error_message }} />}
      {run.status === "rolled_back" && (
        <div class="note" role="status" data-testid="rolled-back-note">
          Rolled back on {formatDateTime(run.rolled_back_at)} by {run.rolled_back_by ?? "unknown"}: “{run.rollback_reason}”
        </div>
      )}
      {notice && <p class="note" role="status" data-testid="run-notice">{notice}</p>}
      <div class="actions">
        {canPromote && (
          <button type="button" class="primary" onClick={promote}>
            Promote {formatCount(run.rows_pending)} pending rows
          </button>
        )}
        {canRollback && (
          <button type="button" class="danger" data-testid="rollback-button" onClick={() => setRollbackOpen(true)}>
            Roll back this run…
          </button>
        )}
      </div>

      <h2>Reconciliation {rec && <span data-testid="run-reconciled">{reconciledMark(rec.is_reconciled)}</span>}</h2>
      {rec ? (
        <>
        <p class="help" data-testid="runbook-legend">{RUNBOOK_LEGEND}</p>
        <table class="data compact" aria-label="Reconciliation: counts reported by the import and found in the database">
          <thead>
            <tr>
              <th scope="col">
                <span class="sr-only">Counted where</span>
              </th>
              <th scope="col" class="num">Fetched</th>
              <th scope="col" class="num">Inserted</th>
              <th scope="col" class="num">Skipped</th>
              <th scope="col" class="num">Errored</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Reported</th>
              <td class="num">{formatCount(rec.reported_fetched)}</td>
              <td class="num">{formatCount(rec.reported_inserted)}</td>
              <td class="num">{formatCount(rec.reported_skipped)}</td>
              <td class="num">{formatCount(rec.reported_errored)}</td>
            </tr>
            <tr>
              <th scope="row">In the database</th>
              <td class="num">{formatCount(rec.actual_total)}</td>
              <td class="num">{formatCount(rec.actual_inserted)}</td>
              <td class="num">{formatCount(rec.actual_skipped)}</td>
              <td class="num">{formatCount(rec.actual_errored)}</td>
            </tr>
            <tr>
              <th scope="row">Difference</th>
              <td class="num">{rec.fetched_discrepancy}</td>
              <td class="num">{rec.inserted_discrepancy}</td>
              <td class="num">{rec.skipped_discrepancy}</td>
              <td class="num">{rec.errored_discrepancy}</td>
            </tr>
          </tbody>
        </table>
        </>
      ) : rec === null ? (
        <p class="muted">Not available while the run is processing.</p>
      ) : (
        <p class="muted" role="status" data-testid="reconciliation-counting">
          Counting the run's rows in the database…
        </p>
      )}

      <RunFixes fixes={fixes} onExport={() => exportCsv("fixes")} />

      <RunChanges changes={changes} />

      <div class="section-head">
        <h2 id="errored-title">{WORDS.invalid} rows ({formatCount(erroredTotal)})</h2>
        <button type="button" data-testid="export-errored" onClick={() => exportCsv("errored_rows")} disabled={erroredTotal === 0}>
          Export CSV…
        </button>
      </div>
      {erroredTotal > 0 ? (
        <RunRowsTable
          id={`${runId}-${version}`}
          total={erroredTotal}
          label={`${WORDS.invalid} rows`}
          testId="errored-table"
          headers={["Line", "Plaintiff name", "Why it was not imported"]}
          fetchPage={(offset, limit) => api.erroredRowsPage(runId, { offset, limit })}
          cells={(r) => [
            r.plaintiff_name ?? "",
            <>
              {rowReason(r.error_code, r.error_message)} <small class="code-for-support">({r.error_code})</small>
            </>,
          ]}
        />
      ) : (
        <p class="muted">None.</p>
      )}

      <div class="section-head">
        <h2 id="dups-title">
          {WORDS.duplicate} or {WORDS.existing.toLowerCase()} ({formatCount(dupsTotal)})
        </h2>
        <button type="button" data-testid="export-duplicates" onClick={() => exportCsv("blocked_duplicates")} disabled={dupsTotal === 0}>
          Export CSV…
        </button>
      </div>
      {dupsTotal > 0 ? (
        <RunRowsTable
          id={`${runId}-${version}`}
          total={dupsTotal}
          label={`${WORDS.duplicate} or ${WORDS.existing.toLowerCase()} rows`}
          testId="dups-table"
          headers={["Line", "Plaintiff name", "Same plaintiff as"]}
          fetchPage={(offset, limit) => api.blockedDuplicatesPage(runId, { offset, limit })}
          cells={(r: BlockedDuplicate) => [
            r.plaintiff_name ?? "",
            r.duplicate_of_run_id === r.import_run_id
              ? `line ${duplicateOfLine(r)} of this file`
              : r.duplicate_of_filename
                ? `line ${duplicateOfLine(r)} of ${r.duplicate_of_filename}`
                : "a row already in the database",
          ]}
        />
      ) : (
        <p class="muted">None.</p>
      )}

      <RollbackDialog
        open={rollbackOpen}
        run={run}
        onClose={() => setRollbackOpen(false)}
        onDone={async (message) => {
          setRollbackOpen(false);
          setNotice(message);
          await load();
          heading.current?.focus();
        }}
      />
    </section>
  );
}

function RollbackDialog(props: { open: boolean; run: RunSummary; onClose: () => void; onDone: (message: string) => void }) {
  const [reason, setReason] = useState("");
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (props.open) {
      setReason("");
      setConfirm("");
      setError(null);
    }
  }, [props.open]);
  const ready = reason.trim().length > 0 && confirm.trim() === CONFIRM_WORD && !busy;

  async function submit(e: Event) {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    try {
      const r = await api.rollbackRun(props.run.id, reason.trim());
      const restored = r.fields_restored > 0 ? ` ${formatCount(r.fields_restored)} changed details put back.` : "";
      const left =
        r.conflicts.length > 0
          ? ` ${formatCount(r.conflicts.length)} left as they are (changed again by a later import): ${r.conflicts
              .map((c) => `${c.plaintiff_name ?? "?"} — ${fieldLabel(c.field)} kept “${c.new_value ?? ""}”`)
              .join("; ")}.`
          : "";
      props.onDone(`Rolled back: ${formatCount(r.rows_rolled_back)} rows, ${formatCount(r.plaintiffs_removed)} plaintiffs removed.${restored}${left}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={props.open} title={`Roll back ${props.run.filename}?`} onClose={props.onClose}>
      <form onSubmit={submit} data-testid="rollback-dialog">
        <p>
          The run's {formatCount(props.run.rows_inserted)} imported plaintiffs are removed (soft-deleted, kept for audit). This is recorded with
          your name and the reason.
        </p>
        <label>
          Reason (required)
          <textarea required autoFocus value={reason} data-testid="rollback-reason" onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label>
          <span>
            Type <strong>{CONFIRM_WORD}</strong> to confirm
          </span>
          <input value={confirm} autoComplete="off" data-testid="rollback-confirm" onInput={(e) => setConfirm((e.currentTarget as HTMLInputElement).value)} />
        </label>
        {error != null && <ErrorNote error={error} />}
        <div class="actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="danger" disabled={!ready} data-testid="rollback-submit">
            Roll back
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The line of the row a duplicate repeats (its data row + 1 for rows landed before lines were stored). */
function duplicateOfLine(r: BlockedDuplicate): number {
  return r.duplicate_of_line ?? (r.duplicate_of_row_index ?? 0) + 1;
}
