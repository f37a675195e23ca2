import type { FateCounts } from "../bindings/FateCounts";
import type { FateFilter } from "../bindings/FateFilter";
import type { ImportReport } from "../bindings/ImportReport";

/** The preview's report with the counts as they stand after a fix (the rows total is unchanged). */
export function withCounts(report: ImportReport, counts: FateCounts): ImportReport {
  return {
    ...report,
    inserted: counts.new,
    skipped_in_file: counts.duplicate_in_file,
    skipped_existing: counts.already_in_database,
    skipped: counts.duplicate_in_file + counts.already_in_database,
    errored: counts.invalid,
    skipped_changed: counts.changed,
  };
}

/** Clicking the pressed card again shows every row. */
export function toggleFate(current: FateFilter | null, clicked: FateFilter | null): FateFilter | null {
  return current === clicked ? null : clicked;
}

/** The edit a committed cell asks for, or null when nothing changed. */
export function cellEdit(field: string, before: string | null, typed: string): Record<string, string> | null {
  return typed === (before ?? "") ? null : { [field]: typed };
}
