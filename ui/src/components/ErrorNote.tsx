import { useEffect } from "preact/hooks";
import { errorHint } from "../lib/errors";
import { logShownError } from "../lib/report";
import { clerkError } from "../lib/words";

/** An error as one sentence a clerk understands (plus a hint), with its code in small print for support. */
export function ErrorNote({ error, testId }: { error: unknown; testId?: string }) {
  const hint = errorHint(error);
  const { sentence, code } = clerkError(error);
  // Once per error shown (not per render).
  useEffect(() => logShownError(error, testId ?? "error"), [code, sentence, testId]);
  return (
    <div class="note note-error" role="alert" data-testid={testId ?? "error"}>
      <p data-testid="error-sentence">{sentence}</p>
      {hint && <p class="hint">{hint}</p>}
      <p class="code-for-support">
        <small>
          Code for support: <code data-testid="error-code">{code}</code>
        </small>
      </p>
    </div>
  );
}
