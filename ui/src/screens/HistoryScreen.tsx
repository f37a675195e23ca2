import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { RunStatus } from "../bindings/RunStatus";
import type { RunSummary } from "../bindings/RunSummary";
import { ErrorNote } from "../components/ErrorNote";
import { WORDS } from "../lib/words";
import { dayEndIso, dayStartIso, formatCount, formatDateTime, formatDuration, normalizeSource } from "../lib/format";

export const STATUS_LABELS: Record<RunStatus, string> = {
  processing: "Processing",
  completed: "Completed",
  failed: "Failed",
  rolled_back: "Rolled back",
};

export function reconciledMark(r: boolean | null): string {
  return r == null ? "—" : r ? "✓" : "✗";
}

export function HistoryScreen({
  sources,
  onOpenRun,
  onOpenMatches,
}: {
  sources: string[];
  onOpenRun: (id: string) => void;
  /** The "Possible matches" screen (cross-vendor matches). */
  onOpenMatches?: () => void;
}) {
  const [source, setSource] = useState("");
  const [status, setStatus] = useState<RunStatus | "">("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The row that takes Tab focus (roving tabindex); arrows move it. */
  const [activeRow, setActiveRow] = useState(0);
  const tbody = useRef<HTMLTableSectionElement>(null);

  function rowKey(e: KeyboardEvent, i: number, id: string) {
    if (e.target !== e.currentTarget) return;
    const last = (runs?.length ?? 1) - 1;
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: last, PageDown: i + 10, PageUp: i - 10 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      const next = Math.max(0, Math.min(last, to));
      setActiveRow(next);
      (tbody.current?.rows[next] as HTMLElement | undefined)?.focus();
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onOpenRun(id);
    }
  }

  useEffect(() => {
    let stale = false;
    api
      .listRuns({
        source_system: normalizeSource(source) || null,
        status: status || null,
        since: from ? dayStartIso(from) : null,
        until: to ? dayEndIso(to) : null,
        limit: 1000,
      })
      .then((r) => !stale && (setRuns(r), setError(null)))
      .catch((e) => !stale && setError(e));
    return () => {
      stale = true;
    };
  }, [source, status, from, to]);

  return (
    <section aria-labelledby="history-title" class="screen">
      <h1 id="history-title">Import history</h1>
      {onOpenMatches && (
        <p>
          <button type="button" class="link" data-testid="open-matches" onClick={onOpenMatches}>
            {WORDS.possibleMatches}: plaintiffs two vendors both sent
          </button>
        </p>
      )}
      <form class="form-row filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter runs">
        <label>
          Source
          <input list="history-sources" value={source} onInput={(e) => setSource((e.currentTarget as HTMLInputElement).value)} placeholder="All" />
          <datalist id="history-sources">
            {sources.map((s) => (
              <option value={s} key={s} />
            ))}
          </datalist>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as RunStatus | "")}>
            <option value="">All</option>
            {(Object.keys(STATUS_LABELS) as RunStatus[]).map((s) => (
              <option value={s} key={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" class={from ? "" : "empty"} value={from} aria-describedby="dates-help" onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          To
          <input type="date" class={to ? "" : "empty"} value={to} aria-describedby="dates-help" onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <span id="dates-help" class="help">
          {from || to ? (
            <button type="button" class="link" data-testid="clear-dates" onClick={() => (setFrom(""), setTo(""))}>
              Clear dates
            </button>
          ) : (
            "Any date"
          )}
        </span>
      </form>
      {error != null && <ErrorNote error={error} />}
      {runs && runs.length === 0 && <p class="muted">No runs match.</p>}
      {runs && runs.length > 0 && (
        <table class="data" data-testid="runs-table" aria-label="Import runs, newest first (arrow keys move between runs, Enter opens one)">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">File</th>
              <th scope="col">Source</th>
              <th scope="col">Status</th>
              <th scope="col" class="num">{WORDS.rows}</th>
              <th scope="col" class="num">{WORDS.new}</th>
              <th scope="col" class="num">{WORDS.notNew}</th>
              <th scope="col" class="num">{WORDS.invalid}</th>
              <th scope="col" class="num">Duration</th>
              <th scope="col">Reconciled</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody ref={tbody}>
            {runs.map((r, i) => (
              <tr
                key={r.id}
                data-run-id={r.id}
                data-status={r.status}
                class="clickable"
                tabIndex={i === Math.min(activeRow, runs.length - 1) ? 0 : -1}
                onFocus={() => setActiveRow(i)}
                onKeyDown={(e) => rowKey(e, i, r.id)}
                onClick={() => onOpenRun(r.id)}
              >
                <td class="nowrap">{formatDateTime(r.created_at)}</td>
                <td>
                    <button type="button" class="link" tabIndex={-1} onClick={(e) => (e.stopPropagation(), onOpenRun(r.id))}>
                    {r.filename}
                  </button>
                </td>
                <td>{r.source_system}</td>
                <td class={`status status-${r.status}`} data-testid="run-status">
                  {STATUS_LABELS[r.status]}
                </td>
                <td class="num">{formatCount(r.rows_fetched)}</td>
                <td class="num">{formatCount(r.rows_inserted)}</td>
                <td class="num">{formatCount(r.rows_skipped)}</td>
                <td class={`num${r.rows_errored > 0 ? " tone-invalid" : ""}`}>{formatCount(r.rows_errored)}</td>
                <td class="num">{formatDuration(r.duration_seconds)}</td>
                <td data-testid="run-reconciled" aria-label={r.is_reconciled == null ? "not yet" : r.is_reconciled ? "reconciled" : "not reconciled"}>
                  {reconciledMark(r.is_reconciled)}
                </td>
                <td>{r.imported_by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
