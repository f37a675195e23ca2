import { useState } from "preact/hooks";
import { api } from "../api";
import { errorSentence } from "../lib/errors";

/**
 * "Copy diagnostics" for support: version, database kind, OS and the last
 * log lines, PII-masked by Rust. Copied to the clipboard when the webview
 * allows it; the text is always shown too, to copy by hand.
 */
export function Diagnostics() {
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function copy() {
    try {
      const t = await api.diagnostics();
      setText(t);
      try {
        await navigator.clipboard.writeText(t);
        setStatus("Copied. Paste it into your message to support.");
      } catch {
        setStatus("Select the text below and copy it (Ctrl+C) into your message to support.");
      }
    } catch (e) {
      setStatus(errorSentence(e));
    }
  }

  return (
    <fieldset>
      <legend>Support</legend>
      <p class="help">For a support request: the app's version, the kind of database and the recent log, with SSNs and card numbers masked.</p>
      <button type="button" data-testid="copy-diagnostics" onClick={copy}>
        Copy diagnostics
      </button>
      {status && (
        <p class="note" role="status" data-testid="diagnostics-status">
          {status}
        </p>
      )}
      {text != null && <textarea readOnly rows={10} aria-label="Diagnostics" data-testid="diagnostics-text" value={text} style={{ width: "100%" }} />}
    </fieldset>
  );
}
