import { errorHint, errorSentence } from "../lib/errors";

/** An error as one human sentence (plus a hint when there is one). */
export function ErrorNote({ error, testId }: { error: unknown; testId?: string }) {
  const hint = errorHint(error);
  return (
    <div class="note note-error" role="alert" data-testid={testId ?? "error"}>
      <p>{errorSentence(error)}</p>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}
