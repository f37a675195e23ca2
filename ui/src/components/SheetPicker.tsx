/** A workbook's sheets; changing it re-runs the preview on that sheet. */
export function SheetPicker({
  sheets,
  sheet,
  disabled,
  onChange,
}: {
  sheets: string[];
  sheet: string | null;
  disabled: boolean;
  onChange: (sheet: string) => void;
}) {
  if (sheets.length < 2) return null;
  return (
    <label class="inline">
      Sheet
      <select data-testid="sheet-choice" value={sheet ?? sheets[0]} disabled={disabled} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {sheets.map((s) => (
          <option value={s} key={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}
