import { describe, expect, it } from "vitest";
import { clerkError, databaseName, delimiterWords, headerLineWords, readAsLine, rowReason, WORDS } from "./words";

describe("the clerk's words", () => {
  it("says why a row cannot be imported, as a sentence", () => {
    expect(rowReason("MISSING_NAME", "plaintiff_name is empty", "plaintiff_name")).toBe("The name is empty.");
    expect(rowReason("INVALID_NAME", "plaintiff_name has no letters or digits", "plaintiff_name")).toBe("The name has no letters or digits.");
    expect(rowReason("INVALID_EMAIL", "contact_email is not a valid email address", "contact_email")).toBe("The email address is not valid.");
    expect(rowReason("INVALID_FIELD_COUNT", "Row has 5 fields but the header has 6")).toBe("This row has 5 columns but the header has 6.");
    expect(rowReason("FIELD_TOO_LONG", "firm_name is longer than 4,000 characters", "firm_name")).toBe("The firm name is longer than 4,000 characters.");
    expect(rowReason("INVALID_CHARACTER", "contact_phone contains a control character", "contact_phone")).toBe(
      "The phone contains a hidden control character.",
    );
    expect(rowReason("SOMETHING_NEW", "contact_email looks odd")).toBe("The email looks odd.");
  });
  it("turns engine errors into sentences and keeps the code for support", () => {
    expect(clerkError({ code: "MISSING_COLUMNS", message: "Missing required columns: {'plaintiff_name'}. Headers found: Name, Email" })).toEqual({
      sentence: "The file has no column for the name. Its columns are: Name, Email.",
      code: "MISSING_COLUMNS",
    });
    // A message that already is a sentence stays as it is.
    expect(clerkError({ code: "CANCELLED", message: "The import was cancelled; nothing was imported" })).toEqual({
      sentence: "The import was cancelled; nothing was imported.",
      code: "CANCELLED",
    });
    expect(clerkError(new Error("boom")).code).toBe("INTERNAL");
  });
  it("says how the file was read", () => {
    expect(readAsLine("UTF-8", ",")).toBe("Read as UTF-8 text, columns separated by commas");
    expect(readAsLine("windows-1252", ";")).toBe("Read as Windows Western European (windows-1252) text, columns separated by semicolons");
    expect(readAsLine("xlsx", null, "Plaintiffs")).toBe("Read from the Excel sheet “Plaintiffs”");
    expect(headerLineWords(4)).toBe("Column names on line 4 (the lines above are not rows)");
    expect(headerLineWords(1)).toBe("Column names on line 1");
    expect(headerLineWords(null)).toBe(null);
    expect(delimiterWords("tab")).toBe("columns separated by tabs");
  });
  it("has one word per fate", () => {
    expect([WORDS.new, WORDS.duplicate, WORDS.existing, WORDS.invalid]).toEqual(["New", "Duplicate", "Already in database", "Invalid"]);
  });
  it("names the database in words", () => {
    expect(databaseName({ origin: "embedded", description: "SQLite /tmp/x.sqlite3", embedded_path: "/tmp/x.sqlite3" })).toBe("This computer");
    expect(databaseName({ origin: "profile Team (production)", description: "u@h:5432/db", embedded_path: null })).toBe("Team (production)");
    expect(databaseName({ origin: "INTAKE_DATABASE_URL", description: "PostgreSQL u@h:5432/db", embedded_path: null })).toBe("PostgreSQL u@h:5432/db");
  });
});
