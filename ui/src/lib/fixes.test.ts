import { describe, expect, it } from "vitest";
import type { ImportReport } from "../bindings/ImportReport";
import { cellEdit, toggleFate, withCounts } from "./fixes";

describe("fixes", () => {
  it("moves the report's counts to the preview's after a fix", () => {
    const report = { fetched: 3, inserted: 1, skipped: 1, skipped_in_file: 1, skipped_existing: 0, errored: 1 } as ImportReport;
    const next = withCounts(report, { new: 2, duplicate_in_file: 1, already_in_database: 0, invalid: 0, changed: 0 });
    expect([next.fetched, next.inserted, next.skipped, next.skipped_in_file, next.skipped_existing, next.errored]).toEqual([3, 2, 1, 1, 0, 0]);
    expect(report.inserted).toBe(1);
  });
  it("toggles a card's filter", () => {
    expect(toggleFate(null, "invalid")).toBe("invalid");
    expect(toggleFate("invalid", "invalid")).toBeNull();
    expect(toggleFate("invalid", "new")).toBe("new");
    expect(toggleFate("new", null)).toBeNull();
  });
  it("asks for an edit only when the cell changed", () => {
    expect(cellEdit("plaintiff_name", null, "")).toBeNull();
    expect(cellEdit("plaintiff_name", "Ann", "Ann")).toBeNull();
    expect(cellEdit("plaintiff_name", null, "Ann Lee")).toEqual({ plaintiff_name: "Ann Lee" });
    expect(cellEdit("contact_email", "x@", "")).toEqual({ contact_email: "" });
  });
});
