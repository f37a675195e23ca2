// Errors cross IPC as {code, message}; people see one sentence. The codes
// are the engine's ErrorCode union (generated), so a hint for a code the
// engine does not have is a type error.

import type { ErrorCode } from "../bindings/ErrorCode";
import type { IpcError } from "../bindings/IpcError";

export type AppError = IpcError;

export function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && typeof (e as AppError).code === "string" && typeof (e as AppError).message === "string";
}

export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return { code: e.code, message: e.message };
  if (e instanceof Error) return { code: "INTERNAL", message: e.message };
  if (typeof e === "string") return { code: "INTERNAL", message: e };
  return { code: "INTERNAL", message: "Something went wrong." };
}

/** The message as a sentence: capitalised, ending with a full stop. */
export function errorSentence(e: unknown): string {
  const { message } = toAppError(e);
  const text = message.trim() || "Something went wrong";
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

const HINTS: Partial<Record<ErrorCode, string>> = {
  CONNECTION_FAILED: "Check the connection in Settings.",
  PERMISSION_DENIED: "Your database role may not do this; ask an administrator.",
  CONNECTION_LOST: "Nothing of the run was kept: import the file again.",
  FILE_CHANGED: "Wait until the file has finished saving or syncing, then drop it again.",
  WORKBOOK_TOO_LARGE: "Open the workbook in Excel and save the sheet as CSV, then import the CSV.",
  DISK_FULL: "Free some disk space, then import the file again.",
  SCHEMA_TOO_NEW: "Install the newest version of Plaintiff Intake, then start it again.",
  NOT_A_FILE: "Choose a saved file (CSV or Excel), not a device or a pipe.",
  MISSING_COLUMNS: "Rename the column in the file, or map it in the header mapping of a file that has it.",
};

/** A hint for what to do next, when the code suggests one. */
export function errorHint(e: unknown): string | null {
  return HINTS[toAppError(e).code] ?? null;
}
