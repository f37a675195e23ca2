import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { BlockedDuplicate } from "../bindings/BlockedDuplicate";
import type { Capabilities } from "../bindings/Capabilities";
import type { ErroredRow } from "../bindings/ErroredRow";
import type { Reconciliation } from "../bindings/Reconciliation";
import type { RunCsvKind } from "../bindings/RunCsvKind";
import type { StoredFix } from "../bindings/StoredFix";
import { RunFixes } from "../components/RunFixes";
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
  rec: Reconciliation | null;
  errored: ErroredRow[];
  fixes: StoredFix[];
  dups: BlockedDuplicate[];
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
      const [rec, errored, dups, fixes, changes] = await Promise.all([
        run.status === "processing" ? Promise.resolve(null) : api.reconcileRun(runId).catch(() => null),
        api.erroredRows(runId),
        api.blockedDuplicates(runId),
        api.runFixes(runId),
        api.runChanges(runId),
      ]);
      setData({ run, rec, errored, dups, fixes, changes });
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
  const { run, rec, errored, dups, fixes, changes } = data;
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
      ) : (
        <p class="muted">Not available while the run is processing.</p>
      )}

      <RunFixes fixes={fixes} onExport={() => exportCsv("fixes")} />

      <RunChanges changes={changes} />

      <div class="section-head">
        <h2 id="errored-title">{WORDS.invalid} rows ({formatCount(errored.length)})</h2>
        <button type="button" data-testid="export-errored" onClick={() => exportCsv("errored_rows")} disabled={errored.length === 0}>
          Export CSV…
        </button>
      </div>
      {errored.length > 0 ? (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="errored-title">
          <table class="data" data-testid="errored-table" aria-labelledby="errored-title">
            <thead>
              <tr>
                <th scope="col" class="num">Line</th>
                <th scope="col">Plaintiff name</th>
                <th scope="col">Why it was not imported</th>
              </tr>
            </thead>
            <tbody>
              {errored.map((r) => (
                <tr key={r.row_index}>
                  {/* The line a spreadsheet program shows (header and title lines counted). */}
                  <td class="num">{r.line ?? r.row_index + 1}</td>
                  <td>{r.plaintiff_name ?? ""}</td>
                  <td>
                    {rowReason(r.error_code, r.error_message)} <small class="code-for-support">({r.error_code})</small>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">None.</p>
      )}

      <div class="section-head">
        <h2 id="dups-title">
          {WORDS.duplicate} or {WORDS.existing.toLowerCase()} ({formatCount(dups.length)})
        </h2>
        <button type="button" data-testid="export-duplicates" onClick={() => exportCsv("blocked_duplicates")} disabled={dups.length === 0}>
          Export CSV…
        </button>
      </div>
      {dups.length > 0 ? (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="dups-title">
          <table class="data" data-testid="dups-table" aria-labelledby="dups-title">
            <thead>
              <tr>
                <th scope="col" class="num">Line</th>
                <th scope="col">Plaintiff name</th>
                <th scope="col">Same plaintiff as</th>
              </tr>
            </thead>
            <tbody>
              {dups.map((r) => (
                <tr key={r.row_index}>
                  <td class="num">{r.line ?? r.row_index + 1}</td>
                  <td>{r.plaintiff_name ?? ""}</td>
                  <td>
                    {r.duplicate_of_run_id === r.import_run_id
                      ? `line ${duplicateOfLine(r)} of this file`
                      : r.duplicate_of_filename
                        ? `line ${duplicateOfLine(r)} of ${r.duplicate_of_filename}`
                        : "a row already in the database"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
