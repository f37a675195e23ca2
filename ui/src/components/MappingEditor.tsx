import { useState } from "preact/hooks";
import type { FilePeek } from "../bindings/FilePeek";
import { CANONICAL_FIELDS, fieldLabel } from "../lib/fate";
import { composedSamples } from "../lib/mapping";
import { WORDS } from "../lib/words";

/**
 * "Which column holds the plaintiff's name?": the file's headers with its
 * first rows under them; one column or several (joined with a space) feed
 * the field. Applying re-runs the preview with that column map.
 */
export function MappingEditor({
  peek,
  initialField,
  initialColumns,
  onApply,
  onCancel,
}: {
  peek: FilePeek;
  initialField: string;
  initialColumns: string[];
  onApply: (field: string, columns: string[]) => void;
  onCancel?: () => void;
}) {
  const [field, setField] = useState(initialField);
  const [columns, setColumns] = useState<string[]>(initialColumns);
  const toggle = (header: string) =>
    setColumns((cs) => (cs.includes(header) ? cs.filter((c) => c !== header) : [...cs, header]));
  const gives = composedSamples(peek, field, columns);
  const question = field === "plaintiff_name" ? WORDS.whichNameColumn : WORDS.whichColumnFor(fieldLabel(field));

  return (
    <section class="mapping-editor" aria-labelledby="mapping-question" data-testid="mapping-editor">
      <h2 id="mapping-question">{question}</h2>
      <p class="help">
        {WORDS.mappingHelp} Header row: line {peek.header_line}
        {peek.sheet ? `, sheet ${peek.sheet}` : ""}.
      </p>
      <label class="inline">
        Field
        <select data-testid="map-field" value={field} onChange={(e) => setField((e.currentTarget as HTMLSelectElement).value)}>
          {CANONICAL_FIELDS.map((f) => (
            <option value={f} key={f}>
              {fieldLabel(f)} ({f})
            </option>
          ))}
        </select>
      </label>
      <div class="table-scroll">
        <table data-testid="map-sample">
          <thead>
            <tr>
              {peek.headers.map((h, i) => (
                <th scope="col" key={i}>
                  <label>
                    <input
                      type="checkbox"
                      data-testid={`map-column-${i}`}
                      data-header={h}
                      checked={columns.includes(h)}
                      disabled={h === ""}
                      onChange={() => toggle(h)}
                    />{" "}
                    {h || "(blank)"}
                    {columns.includes(h) && columns.length > 1 && <span class="badge">{columns.indexOf(h) + 1}</span>}
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {peek.sample_rows.map((row, r) => (
              <tr key={r}>
                {peek.headers.map((_, i) => (
                  <td key={i}>{row[i] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {columns.length > 0 && (
        <p data-testid="map-gives">
          {fieldLabel(field)}: {gives.filter((g) => g !== "").slice(0, 3).join(" · ") || "(empty in these rows)"}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="map-apply" disabled={columns.length === 0} onClick={() => onApply(field, columns)}>
          {WORDS.useColumns(columns.length)}
        </button>
        {onCancel && (
          <button type="button" data-testid="map-cancel" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </section>
  );
}
