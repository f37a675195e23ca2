// The mapping editor's pure logic: which columns feed a field, and what the
// chosen columns give for the sample rows (joined like the engine joins them).

import type { FilePeek } from "../bindings/FilePeek";

export type ColumnMap = { [field in string]?: string[] };

/** `map` with `field` fed by `columns` (none: the field's own mapping is dropped). */
export function withColumns(map: ColumnMap, field: string, columns: string[]): ColumnMap {
  const next: ColumnMap = { ...map };
  if (columns.length === 0) delete next[field];
  else next[field] = [...columns];
  return next;
}

/** The engine joins a field's columns with a space (`, ` for the address), empty parts dropped. */
export function joinParts(field: string, parts: string[]): string {
  const sep = field === "contact_address" ? ", " : " ";
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join(sep);
}

/** What the chosen columns give for each sample row. */
export function composedSamples(peek: FilePeek, field: string, columns: string[]): string[] {
  const at = columns.map((c) => peek.headers.indexOf(c)).filter((i) => i >= 0);
  return peek.sample_rows.map((row) => joinParts(field, at.map((i) => row[i] ?? "")));
}
