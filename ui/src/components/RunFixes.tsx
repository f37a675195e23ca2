import type { StoredFix } from "../bindings/StoredFix";
import { fieldLabel } from "../lib/fate";
import { formatCount, formatDateTime } from "../lib/format";

/** The cells a person fixed before the import (kept after a rollback, for the audit trail). */
export function RunFixes({ fixes, onExport }: { fixes: StoredFix[]; onExport: () => void }) {
  return (
    <>
      <div class="section-head">
        <h2 id="fixes-title">Fixed cells ({formatCount(fixes.length)})</h2>
        <button type="button" data-testid="export-fixes" onClick={onExport} disabled={fixes.length === 0}>
          Export CSV…
        </button>
      </div>
      {fixes.length > 0 ? (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="fixes-title">
          <table class="data" data-testid="fixes-table" aria-labelledby="fixes-title">
            <thead>
              <tr>
                <th scope="col" class="num">Line</th>
                <th scope="col">Field</th>
                <th scope="col">Was</th>
                <th scope="col">Now</th>
                <th scope="col">By</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {fixes.map((f) => (
                <tr key={`${f.row_index}-${f.field}`} data-testid="fix-row">
                  <td class="num">{f.line ?? f.row_index + 1}</td>
                  <td>{fieldLabel(f.field)}</td>
                  <td>{f.original_value ?? ""}</td>
                  <td>{f.new_value ?? ""}</td>
                  <td>{f.fixed_by}</td>
                  <td>{formatDateTime(f.fixed_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">None.</p>
      )}
    </>
  );
}
