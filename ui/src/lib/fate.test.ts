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
