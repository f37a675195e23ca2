import { describe, expect, it } from "vitest";
import { errorHint, errorSentence, toAppError } from "./errors";
import { parsePostgresUrl, supabaseWarning } from "./pgurl";

describe("error rendering", () => {
  it("keeps the engine's message and makes it a sentence", () => {
    const e = { code: "MISSING_COLUMNS", message: "Missing required columns: {'plaintiff_name'}. Headers found: Name, Email" };
    expect(errorSentence(e)).toBe("Missing required columns: {'plaintiff_name'}. Headers found: Name, Email.");
    expect(errorSentence({ code: "CANCELLED", message: "The import was cancelled; nothing was imported" })).toBe(
      "The import was cancelled; nothing was imported.",
    );
    expect(errorSentence("oops")).toBe("Oops.");
    expect(errorSentence(new Error("boom!"))).toBe("Boom!");
    expect(toAppError(42)).toEqual({ code: "INTERNAL", message: "Something went wrong." });
  });
  it("adds a hint for known codes", () => {
    expect(errorHint({ code: "CONNECTION_FAILED", message: "x" })).toBe("Check the connection in Settings.");
    expect(errorHint({ code: "PARSE_ERROR", message: "x" })).toBeNull();
    // The clerk's way forward after the hostile-input refusals.
    expect(errorHint({ code: "FILE_CHANGED", message: "x" })).toBe(
      "Wait until the file has finished saving or syncing, then drop it again.",
    );
    expect(errorHint({ code: "WORKBOOK_TOO_LARGE", message: "x" })).toMatch(/save the sheet as CSV/);
    expect(errorHint({ code: "CONNECTION_LOST", message: "x" })).toBe("Nothing of the run was kept: import the file again.");
  });
});

describe("postgres URLs", () => {
  it("reads a Supabase session pooler URL", () => {
    expect(parsePostgresUrl("postgresql://postgres.abcd:p%40ss@aws-0-eu-central-1.pooler.supabase.com:5432/postgres?sslmode=require")).toEqual({
      host: "aws-0-eu-central-1.pooler.supabase.com",
      port: 5432,
      database: "postgres",
      user: "postgres.abcd",
      password: "p@ss",
      sslmode: "require",
    });
    expect(parsePostgresUrl("mysql://x")).toBeNull();
  });
  it("warns about pooler settings that cannot work", () => {
    expect(supabaseWarning("x.pooler.supabase.com", 6543, "postgres.abcd")).toMatch(/session pooler/);
    expect(supabaseWarning("x.pooler.supabase.com", 5432, "postgres")).toMatch(/postgres.<project-ref>/);
    expect(supabaseWarning("x.pooler.supabase.com", 5432, "postgres.abcd")).toBeNull();
    expect(supabaseWarning("localhost", 5432, "postgres")).toBeNull();
  });
});
