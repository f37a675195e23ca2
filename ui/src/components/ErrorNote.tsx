import { useEffect } from "preact/hooks";
import { errorHint, errorSentence, toAppError } from "../lib/errors";
import { logShownError } from "../lib/report";

/** An error as one human sentence (plus a hint when there is one). */
export function ErrorNote({ error, testId }: { error: unknown; testId?: string }) {
  const hint = errorHint(error);
  const { code, message } = toAppError(error);
  // Once per error shown (not per render).
  useEffect(() => logShownError(error, testId ?? "error"), [code, message, testId]);
  return (
    <div class="note note-error" role="alert" data-testid={testId ?? "error"}>
      <p>{errorSentence(error)}</p>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}
