import type { PlaintiffChange } from "../bindings/PlaintiffChange";
import { fieldLabel } from "../lib/fate";
import { formatCount, formatDateTime } from "../lib/format";
import { WORDS } from "../lib/words";

const KIND_WORDS: Record<string, string> = {
  update: WORDS.changeUpdate,
  restore: WORDS.changeRestore,
  conflict: WORDS.changeConflict,
};

/** The vendor updates a run applied to plaintiffs, and what its rollback restored or left. */
export function RunChanges({ changes }: { changes: PlaintiffChange[] }) {
  if (changes.length === 0) return null;
  return (
    <>
      <div class="section-head">
        <h2 id="changes-title">{WORDS.changedPlaintiffs} ({formatCount(changes.length)})</h2>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="changes-title">
        <table class="data" data-testid="changes-table" aria-labelledby="changes-title">
          <thead>
            <tr>
              <th scope="col" class="num">Line</th>
              <th scope="col">Plaintiff</th>
              <th scope="col">Field</th>
              <th scope="col">Was</th>
              <th scope="col">Now</th>
              <th scope="col">What</th>
              <th scope="col">By</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              <tr key={i} data-testid="change-row" data-kind={c.kind}>
                <td class="num">{c.line ?? ""}</td>
                <td>{c.plaintiff_name ?? ""}</td>
                <td>{fieldLabel(c.field)}</td>
                <td data-testid="change-old">{c.old_value ?? ""}</td>
                <td data-testid="change-new">{c.new_value ?? ""}</td>
                <td>{KIND_WORDS[c.kind] ?? c.kind}</td>
                <td>{c.changed_by}</td>
                <td>{formatDateTime(c.changed_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
