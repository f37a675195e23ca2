// Errors the clerk saw go to the app's log too (Rust redacts PII there),
// with their code, so support can find them in "Copy diagnostics".

import { api } from "../api";
import { toAppError } from "./errors";

/** Write an error shown at `context` (e.g. a data-testid or screen name) to the log. */
export function logShownError(error: unknown, context: string): void {
  const { code, message } = toAppError(error);
  // Logging must never become a second error on screen.
  api.logUiError(code, message, context).catch(() => undefined);
}
