import { useState } from "preact/hooks";
import { api } from "../api";
import type { Settings } from "../bindings/Settings";
import type { UpdateOffer } from "../bindings/UpdateOffer";
import { normalizeUpdates, offerSentence, updatesChanged } from "../lib/updates";
import { ErrorNote } from "./ErrorNote";

interface Props {
  settings: Settings;
  /** Called with what settings.json now holds. */
  onSaved: (s: Settings) => void;
}

/**
 * Settings → Updates: off unless turned on, with the organisation's https
 * address. The shell checks the address when saving (nothing is saved if it
 * refuses) and checks for updates only from what is saved.
 */
export function UpdatesSettings({ settings, onSaved }: Props) {
  const [draft, setDraft] = useState(settings.updates);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<"saving" | "checking" | "installing" | null>(null);
  const [checked, setChecked] = useState<{ offer: UpdateOffer | null } | null>(null);
  const [saved, setSaved] = useState(false);
  const changed = updatesChanged(settings.updates, draft);

  /** Saves the draft if it changed; false when the shell refused it. */
  async function save(): Promise<boolean> {
    if (!changed) return true;
    const next = { ...settings, updates: normalizeUpdates(draft) };
    try {
      await api.saveSettings(next);
      onSaved(next);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }

  async function run(kind: "saving" | "checking" | "installing", work: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    setSaved(false);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const saveNow = () =>
    run("saving", async () => {
      setChecked(null);
      if (await save()) setSaved(true);
    });
  const checkNow = () =>
    run("checking", async () => {
      setChecked(null);
      if (await save()) setChecked({ offer: await api.checkForUpdate() });
    });
  const install = () => run("installing", () => api.installUpdate());

  return (
    <fieldset data-testid="updates">
      <legend>Updates</legend>
      <form
        class="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void saveNow();
        }}
      >
        <label class="checkbox wide">
          <input
            type="checkbox"
            data-testid="updates-enabled"
            checked={draft.enabled}
            onChange={(e) => setDraft({ ...draft, enabled: (e.currentTarget as HTMLInputElement).checked })}
          />
          Check for updates when the app starts
        </label>
        <label class="wide">
          Update address (from your IT department; must start with https://)
          <input
            data-testid="updates-url"
            // Not type="url": the browser's own check would hide the shell's sentence.
            type="text"
            inputMode="url"
            spellcheck={false}
            value={draft.url ?? ""}
            placeholder="https://updates.example.org/plaintiff-intake/latest.json"
            onInput={(e) => setDraft({ ...draft, url: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <div class="actions wide">
          <button type="submit" data-testid="updates-save" disabled={!changed || busy !== null}>
            {busy === "saving" ? "Saving…" : "Save"}
          </button>
          <button type="button" data-testid="updates-check" onClick={checkNow} disabled={!draft.enabled || busy !== null}>
            {busy === "checking" ? "Checking…" : "Check now"}
          </button>
        </div>
      </form>
      {saved && (
        <p class="note" role="status" data-testid="updates-saved">
          {draft.enabled ? "Saved: the app checks for updates when it starts." : "Saved: the app does not check for updates."}
        </p>
      )}
      {checked && (
        <p class={`note ${checked.offer ? "note-calm" : "note-ok"}`} role="status" data-testid="update-result">
          {offerSentence(checked.offer)}{" "}
          {checked.offer && (
            <button type="button" class="primary" data-testid="update-install" onClick={install} disabled={busy !== null}>
              {busy === "installing" ? "Installing…" : "Install and restart"}
            </button>
          )}
        </p>
      )}
      {error != null && <ErrorNote error={error} testId="updates-error" />}
    </fieldset>
  );
}
