// The clerk's words: one vocabulary for what happens to rows, and sentences
// for the engine's codes. The engine's own messages (and the runbook's
// Fetched/Inserted/Skipped/Errored) stay for the CLI, SQL and support; the
// code is shown beside a sentence in small print so support can find it.

import type { ConnectionInfo } from "../bindings/ConnectionInfo";
import { errorSentence, toAppError } from "./errors";
import { fieldLabel } from "./fate";

/** What happens to a row, everywhere in the window. */
export const WORDS = {
  rows: "Rows in file",
  new: "New",
  duplicate: "Duplicate",
  existing: "Already in database",
  invalid: "Invalid",
  showAllRows: "Show all rows",
  /** History's one column for both kinds of skipped rows. */
  notNew: "Duplicate or already in database",
  whichNameColumn: "Which column holds the plaintiff's name?",
  whichColumnFor: (label: string) => `Which column holds the ${label.toLowerCase()}?`,
  mappingHelp: "Tick one column, or several to join them with a space (e.g. First and Last). The choice is saved for the source when you import.",
  useColumns: (n: number) => (n > 1 ? `Use these ${n} columns` : "Use this column"),
  changeMapping: "Change mapping…",
  didYouMean: (name: string) => `Did you mean ${name}?`,
  useSource: (name: string) => `Use ${name}`,
  newSource: (name: string) => `New source '${name}' — create it on import?`,
  /** Vendor updates: rows already in the database whose other details differ. */
  changed: "Changed",
  changedFields: (fields: string) => `Already in database — changed: ${fields}`,
  applyUpdates: (n: number) => `Apply ${n} ${n === 1 ? "update" : "updates"}`,
  applyUpdatesHelp: "Changed rows update the plaintiff already in the database (new phone, address…). Each change is recorded; rolling the import back puts the old values back. Blank cells never erase anything.",
  updatesNotApplied: "Changed rows are not applied: the database keeps the old values.",
  changedPlaintiffs: "Changed plaintiffs",
  changeUpdate: "Changed by this import",
  changeRestore: "Put back by the rollback",
  changeConflict: "Left as is: changed again by a later import",
  /** A row that is possibly a plaintiff another vendor already sent. */
  possibleMatch: (name: string, source: string) => `possible match: ${name} from ${source}`,
  possibleMatches: "Possible matches",
  possibleMatchesNote: (n: number) =>
    n === 1
      ? "1 row is possibly a plaintiff another vendor already sent (same email, or same name and phone). It is imported anyway; a manager can review it under History → Possible matches."
      : `${n.toLocaleString("en-US")} rows are possibly plaintiffs another vendor already sent (same email, or same name and phone). They are imported anyway; a manager can review them under History → Possible matches.`,
  matchRule: (rule: "email" | "name_phone") => (rule === "email" ? "Same email" : "Same name and phone"),
} as const;

/**
 * The reconciliation table keeps the runbook's words (they are the SQL
 * view's and the CLI's); this line tells a manager what each one means.
 */
export const RUNBOOK_LEGEND =
  "Fetched = rows in the file · Inserted = new · Skipped = duplicate or already in database · Errored = invalid (the words of the runbook, the CLI and SQL).";

const NUMBER = /\d[\d,]*/g;

/** Why a row cannot be imported, as a sentence (per-row reasons in the preview and the run page). */
export function rowReason(code: string, message: string, field?: string | null): string {
  const what = field ? theField(field) : "a value";
  const numbers = message.match(NUMBER) ?? [];
  switch (code) {
    case "MISSING_NAME":
      return "The name is empty.";
    case "INVALID_NAME":
      return "The name has no letters or digits.";
    case "INVALID_EMAIL":
      return "The email address is not valid.";
    case "FIELD_TOO_LONG":
      return numbers.length > 0 ? `${cap(what)} is longer than ${numbers[numbers.length - 1]} characters.` : `${cap(what)} is too long.`;
    case "INVALID_CHARACTER":
      return `${cap(what)} contains a hidden control character.`;
    case "INVALID_FIELD_COUNT":
      return numbers.length >= 2
        ? `This row has ${numbers[0]} columns but the header has ${numbers[1]}.`
        : "This row has a different number of columns than the header.";
    case "INVALID_QUOTE":
      return "A quotation mark in this row is never closed.";
    case "INVALID_ENCODING":
      return /NUL byte/.test(message)
        ? "This row contains an invisible NUL character; the file may be damaged."
        : "Some letters in this row cannot be read: choose how to read the file's text above.";
    case "ALREADY_IN_TEAM_DATABASE":
      return "This plaintiff was already in the team database.";
    default:
      return sentence(friendlyFields(message));
  }
}

/**
 * An error shown to a clerk, by its code; `null` when the engine's own
 * message is already a sentence a clerk understands.
 */
export function clerkSentence(code: string, message: string): string | null {
  switch (code) {
    case "MISSING_COLUMNS": {
      const found = /Headers found:\s*(.*)$/.exec(message)?.[1]?.trim();
      const missing = [...message.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
      const need = missing.length > 0 ? missing.map(theField).join(" and ") : "a required column";
      return `The file has no column for ${need}.${found ? ` Its columns are: ${found}.` : ""}`;
    }
    case "NO_HEADER":
      return "No row of column names was found in the file.";
    case "EMPTY_FILE":
      return "The file is empty.";
    case "BINARY_FILE":
      return "This is not a CSV or Excel file.";
    case "FILE_NOT_FOUND":
      return "The file is no longer there.";
    case "FILE_UNREADABLE":
      return "The file cannot be opened.";
    case "INTERNAL":
    case "INTERNAL_ERROR":
      return "Something went wrong inside the app.";
    default:
      return null;
  }
}

/** "plaintiff_name" → "the name", for sentences. */
function theField(field: string): string {
  return field === "plaintiff_name" ? "the name" : `the ${fieldLabel(field)}`;
}

function friendlyFields(message: string): string {
  return message.replace(/\b(plaintiff_name|firm_name|short_name|contact_name|contact_email|contact_phone|contact_address|source_reference)\b/g, (f) =>
    f === "plaintiff_name" ? "the name" : `the ${fieldLabel(f)}`,
  );
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Capitalised, ending with a full stop. */
export function sentence(text: string): string {
  const t = text.trim() || "Something went wrong";
  const c = cap(t);
  return /[.!?…]$/.test(c) ? c : `${c}.`;
}

const DELIMITERS: Record<string, string> = { ",": "commas", ";": "semicolons", tab: "tabs", "\t": "tabs", "|": "vertical bars" };

/** How the file's text was read, for the encoding label the engine reports. */
export function encodingWords(label: string): string {
  switch (label) {
    case "UTF-8":
      return "UTF-8";
    case "UTF-8 (BOM)":
      return "UTF-8 (with a byte-order mark)";
    case "UTF-16LE":
    case "UTF-16BE":
      return `Unicode ${label.slice(-2) === "LE" ? "little-endian" : "big-endian"} (${label})`;
    case "windows-1252":
      return "Windows Western European (windows-1252)";
    case "ISO-8859-2":
      return "Central European (ISO-8859-2)";
    case "macintosh":
      return "Mac Roman (macintosh)";
    default:
      return label;
  }
}

/** "columns separated by commas". */
export function delimiterWords(delimiter: string): string {
  return `columns separated by ${DELIMITERS[delimiter] ?? `“${delimiter}”`}`;
}

/** The whole facts line: "Read as UTF-8 text, columns separated by commas". */
export function readAsLine(encoding: string, delimiter: string | null, sheet?: string | null): string {
  if (!delimiter) return sheet ? `Read from the Excel sheet “${sheet}”` : "Read from an Excel workbook";
  return `Read as ${encodingWords(encoding)} text, ${delimiterWords(delimiter)}`;
}

/** Where the column names were found; lines above them are not rows. */
export function headerLineWords(line: number | null): string | null {
  if (line === null) return null;
  return line > 1 ? `Column names on line ${line} (the lines above are not rows)` : "Column names on line 1";
}

/** Any error as the sentence a clerk reads, and its code for support. */
export function clerkError(e: unknown): { sentence: string; code: string } {
  const { code, message } = toAppError(e);
  return { sentence: clerkSentence(code, message) ?? errorSentence(e), code };
}

/** The database's name for people: "This computer", a profile's name, or its address. */
export function databaseName(conn: Pick<ConnectionInfo, "origin" | "description" | "embedded_path">): string {
  if (conn.embedded_path || conn.origin === "embedded") return "This computer";
  if (conn.origin.startsWith("profile ")) return conn.origin.slice("profile ".length);
  return conn.description;
}
