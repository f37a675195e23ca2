import type { FieldChange } from "../bindings/FieldChange";
import type { PreviewRow } from "../bindings/PreviewRow";
import type { RowFate } from "../bindings/RowFate";
import { rowReason, WORDS } from "./words";

export type FateTone = "new" | "dup" | "existing" | "invalid";

/** Short label of a row's fate, for the preview table. Row numbers are 1-based. */
export function fateLabel(fate: RowFate): string {
  switch (fate.kind) {
    case "new":
      return WORDS.new;
    case "duplicate_in_file":
      return `${WORDS.duplicate} of row ${fate.first_row_index + 1}`;
    case "already_in_database":
      return WORDS.existing;
    case "invalid":
      return `${WORDS.invalid}: ${rowReason(fate.code, fate.message, fate.field)}`;
  }
}

/** A preview row's label: its fate, and for a changed row which details changed. */
export function rowLabel(row: PreviewRow): string {
  const changes = row.changes ?? [];
  if (row.fate.kind === "already_in_database" && changes.length > 0) return WORDS.changedFields(changes.map((c) => fieldLabel(c.field)).join(", "));
  return fateLabel(row.fate);
}

/** Old and new values side by side, e.g. "phone: 555-0100 → 555-0111". */
export function changesTitle(changes: FieldChange[]): string {
  return changes.map((c) => `${fieldLabel(c.field)}: ${c.old ?? "(empty)"} → ${c.new}`).join("; ");
}

export function fateTone(fate: RowFate): FateTone {
  switch (fate.kind) {
    case "new":
      return "new";
    case "duplicate_in_file":
      return "dup";
    case "already_in_database":
      return "existing";
    case "invalid":
      return "invalid";
  }
}

const FIELD_LABELS: Record<string, string> = {
  plaintiff_name: "plaintiff name",
  firm_name: "firm name",
  short_name: "short name",
  contact_name: "contact name",
  contact_email: "email",
  contact_phone: "phone",
  contact_address: "address",
  source_reference: "source reference",
};

export const CANONICAL_FIELDS = Object.keys(FIELD_LABELS);

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/_/g, " ");
}
