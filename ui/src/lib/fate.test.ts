import type { PreviewRow } from "../bindings/PreviewRow";
import { changesTitle, rowLabel } from "./fate";
import { describe, expect, it } from "vitest";
import { fateLabel, fateTone } from "./fate";

describe("fate labels", () => {
  it("says what happens to each row", () => {
    expect(fateLabel({ kind: "new" })).toBe("New");
    expect(fateLabel({ kind: "duplicate_in_file", first_row_index: 0 })).toBe("Duplicate of row 1");
    expect(fateLabel({ kind: "already_in_database" })).toBe("Already in database");
    expect(fateLabel({ kind: "invalid", code: "INVALID_EMAIL", message: "contact_email is not a valid email address", field: "contact_email" })).toBe(
      "Invalid: The email address is not valid.",
    );
    expect(fateLabel({ kind: "invalid", code: "MISSING_NAME", message: "plaintiff_name is empty", field: "plaintiff_name" })).toBe(
      "Invalid: The name is empty.",
    );
    expect(fateLabel({ kind: "invalid", code: "X", message: "bad row", field: null })).toBe("Invalid: Bad row.");
  });
  it("maps fates to tones", () => {
    expect(fateTone({ kind: "already_in_database" })).toBe("existing");
    expect(fateTone({ kind: "invalid", code: "X", message: "m", field: null })).toBe("invalid");
  });
});

describe("changed rows", () => {
  it("say which details changed, with old and new values", () => {
    const row = {
      row_index: 0,
      line: 2,
      fields: {},
      fate: { kind: "already_in_database" },
      dedupe_key: null,
      changes: [
        { field: "contact_phone", old: "555-0100", new: "555-0111" },
        { field: "contact_address", old: null, new: "9 New Rd" },
      ],
    } as unknown as PreviewRow;
    expect(rowLabel(row)).toBe("Already in database — changed: phone, address");
    expect(changesTitle(row.changes)).toBe("phone: 555-0100 → 555-0111; address: (empty) → 9 New Rd");
    expect(rowLabel({ ...row, changes: [] })).toBe("Already in database");
  });
});
