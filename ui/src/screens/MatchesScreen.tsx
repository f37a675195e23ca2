import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { CrossSourceMatch } from "../bindings/CrossSourceMatch";
import type { MatchFilter } from "../bindings/MatchFilter";
import { ErrorNote } from "../components/ErrorNote";
import { formatDateTime, normalizeSource } from "../lib/format";
import { WORDS } from "../lib/words";

/**
 * Possible cross-vendor matches for managers: live plaintiffs of two sources
 * with the same email, or the same name and phone (the SQL view
 * `v_cross_source_matches`), newest first, with a CSV export.
 */
export function MatchesScreen({ sources, onBack }: { sources: string[]; onBack: () => void }) {
  const [source, setSource] = useState("");
  const [pairs, setPairs] = useState<CrossSourceMatch[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const filter: MatchFilter = { source: normalizeSource(source) || null, run_id: null, limit: 1000 };

  useEffect(() => {
    let stale = false;
    api
      .crossSourceMatches(filter)
      .then((p) => !stale && (setPairs(p), setError(null)))
      .catch((e) => !stale && setError(e));
    return () => {
      stale = true;
    };
  }, [source]);

  async function exportCsv() {
    try {
      setSaved(await api.exportMatchesCsv(filter));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="matches-title" class="screen" data-testid="matches-screen">
      <p>
        <button type="button" class="link" data-testid="matches-back" onClick={onBack}>
          ← Import history
        </button>
      </p>
      <h1 id="matches-title">{WORDS.possibleMatches}</h1>
      <p class="muted">
        The same person sent by two vendors is imported twice, once per vendor. These pairs have the same email, or the same name and phone
        number; someone should check each one.
      </p>
      <form class="form-row filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter possible matches">
        <label>
          Source
          <input list="matches-sources" value={source} onInput={(e) => setSource((e.currentTarget as HTMLInputElement).value)} placeholder="All" />
          <datalist id="matches-sources">
            {sources.map((s) => (
              <option value={s} key={s} />
            ))}
          </datalist>
        </label>
        <button type="button" data-testid="export-matches" onClick={exportCsv} disabled={!pairs || pairs.length === 0}>
          Export CSV…
        </button>
      </form>
      {saved && (
        <p role="status" data-testid="matches-saved">
          Saved to {saved}
        </p>
      )}
      {error != null && <ErrorNote error={error} />}
      {pairs && pairs.length === 0 && <p class="muted">No possible matches.</p>}
      {pairs && pairs.length > 0 && (
        <table class="data" data-testid="matches-table" aria-label="Possible matches between vendors, newest first">
          <thead>
            <tr>
              <th scope="col">Plaintiff</th>
              <th scope="col">Source</th>
              <th scope="col" class="num">Line</th>
              <th scope="col">Possibly the same as</th>
              <th scope="col">Source</th>
              <th scope="col" class="num">Line</th>
              <th scope="col">Why</th>
              <th scope="col">Imported</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={`${p.plaintiff_id}-${p.matched_plaintiff_id}`} data-testid="match-row" data-source={p.source_system} data-matched-source={p.matched_source_system}>
                <td>{p.plaintiff_name}</td>
                <td>{p.source_system}</td>
                <td class="num">{p.line ?? "—"}</td>
                <td>{p.matched_plaintiff_name}</td>
                <td>{p.matched_source_system}</td>
                <td class="num">{p.matched_line ?? "—"}</td>
                <td>{WORDS.matchRule(p.match_rule)}</td>
                <td class="nowrap">{formatDateTime(p.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
