// Errors cross IPC as {code, message}; people see one sentence.

export interface AppError {
  code: string;
  message: string;
}

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

/** A hint for what to do next, when the code suggests one. */
export function errorHint(e: unknown): string | null {
  switch (toAppError(e).code) {
    case "CONNECTION_FAILED":
      return "Check the connection in Settings.";
    case "PERMISSION_DENIED":
      return "Your database role may not do this; ask an administrator.";
    case "CONNECTION_LOST":
      return "Nothing of the run was kept: import the file again.";
    case "FILE_CHANGED":
      return "Wait until the file has finished saving or syncing, then drop it again.";
    case "WORKBOOK_TOO_LARGE":
      return "Open the workbook in Excel and save the sheet as CSV, then import the CSV.";
    case "DISK_FULL":
      return "Free some disk space, then import the file again.";
    case "NOT_A_FILE":
      return "Choose a saved file (CSV or Excel), not a device or a pipe.";
    case "MISSING_COLUMNS":
      return "Rename the column in the file, or map it in the header mapping of a file that has it.";
    default:
      return null;
  }
}
