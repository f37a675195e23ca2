import { useState } from "preact/hooks";
import { api } from "../api";
import type { ConnectionInfo } from "../bindings/ConnectionInfo";
import type { ConnectionTest } from "../bindings/ConnectionTest";
import type { Profile } from "../bindings/Profile";
import type { Settings } from "../bindings/Settings";
import { Diagnostics } from "../components/Diagnostics";
import { ErrorNote } from "../components/ErrorNote";
import { UpdatesSettings } from "../components/UpdatesSettings";
import { normalizeSource } from "../lib/format";
import { parsePostgresUrl, supabaseWarning } from "../lib/pgurl";

const EMPTY_PROFILE: Profile = { name: "", host: "", port: 5432, database: "postgres", user: "", sslmode: "require", environment: "dev" };

export function describeCapabilities(t: ConnectionTest["capabilities"]): string {
  const may = [t.can_read && "read the history", t.can_import && "import", t.can_promote && "promote", t.can_rollback && "roll back"].filter(
    Boolean,
  ) as string[];
  return may.length ? `may ${may.join(", ")}` : "may do nothing here";
}

interface Props {
  settings: Settings;
  conn: ConnectionInfo | null;
  onSettingsChange: (s: Settings) => Promise<void>;
  onSettingsReplaced: (s: Settings) => void;
  onReconnect: () => Promise<void>;
}

export function SettingsScreen({ settings, conn, onSettingsChange, onSettingsReplaced, onReconnect }: Props) {
  const [editing, setEditing] = useState<Profile>(settings.profiles[0] ?? EMPTY_PROFILE);
  const [password, setPassword] = useState("");
  const [pasted, setPasted] = useState("");
  const [test, setTest] = useState<ConnectionTest | null>(null);
  const [testing, setTesting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [newSource, setNewSource] = useState("");

  const set = (patch: Partial<Profile>) => setEditing({ ...editing, ...patch });
  const warning = supabaseWarning(editing.host, editing.port, editing.user);

  async function choose(active: string | null) {
    await onSettingsChange({ ...settings, active_profile: active });
    await onReconnect();
  }

  async function saveProfile() {
    setError(null);
    try {
      const next = await api.saveProfile({ profile: editing, password: password ? password : null });
      setPassword("");
      onSettingsReplaced(next);
      setNotice(`Saved profile “${editing.name}”.${password ? " The password is in the OS keychain." : ""}`);
      if (next.active_profile === editing.name) await onReconnect();
    } catch (e) {
      setError(e);
    }
  }

  async function deleteProfile() {
    try {
      const next = await api.deleteProfile(editing.name);
      onSettingsReplaced(next);
      setEditing(EMPTY_PROFILE);
      setNotice("Profile deleted, and its password removed from the OS keychain.");
      await onReconnect();
    } catch (e) {
      setError(e);
    }
  }

  async function testConnection() {
    setTesting(true);
    setTest(null);
    setError(null);
    try {
      setTest(await api.testConnection({ profile: editing, password: password ? password : null }));
    } catch (e) {
      setError(e);
    } finally {
      setTesting(false);
    }
  }

  function applyUrl(text: string) {
    setPasted(text);
    const parsed = parsePostgresUrl(text);
    if (!parsed) return;
    setEditing({ ...editing, host: parsed.host, port: parsed.port, database: parsed.database, user: parsed.user, sslmode: parsed.sslmode ?? editing.sslmode });
    if (parsed.password) setPassword(parsed.password);
    setPasted("");
  }

  return (
    <section aria-labelledby="settings-title" class="screen settings">
      <h1 id="settings-title">Settings</h1>

      <fieldset>
        <legend>Database</legend>
        {conn?.origin && conn.origin !== "embedded" && !conn.origin.startsWith("profile") && (
          <p class="note">The database is set by {conn.origin}; that takes precedence over the choice below.</p>
        )}
        <label class="radio">
          <input type="radio" name="db" checked={!settings.active_profile} onChange={() => choose(null)} />
          This computer (embedded database) — works with no server
        </label>
        {settings.profiles.map((p) => (
          <label class="radio" key={p.name}>
            <input type="radio" name="db" checked={settings.active_profile === p.name} onChange={() => choose(p.name)} />
            {p.name} — {p.user}@{p.host}:{p.port}/{p.database} <span class={`env env-${p.environment}`}>{p.environment === "prod" ? "production" : "development"}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>PostgreSQL connection profile</legend>
        <div class="form-grid">
          <label>
            Existing profile
            <select
              value={settings.profiles.some((p) => p.name === editing.name) ? editing.name : ""}
              onChange={(e) => {
                const name = (e.currentTarget as HTMLSelectElement).value;
                setEditing(settings.profiles.find((p) => p.name === name) ?? EMPTY_PROFILE);
                setTest(null);
              }}
            >
              <option value="">New profile…</option>
              {settings.profiles.map((p) => (
                <option value={p.name} key={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label class="wide">
            Paste a connection URL (fills the fields; the password goes to the keychain)
            <input value={pasted} placeholder="postgresql://postgres.<ref>:…@aws-0-….pooler.supabase.com:5432/postgres" onInput={(e) => applyUrl((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            Name
            <input value={editing.name} onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            Environment
            <select value={editing.environment} onChange={(e) => set({ environment: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="dev">Development</option>
              <option value="prod">Production</option>
            </select>
          </label>
          <label>
            Host
            <input value={editing.host} onInput={(e) => set({ host: (e.currentTarget as HTMLInputElement).value.trim() })} />
          </label>
          <label>
            Port
            <input type="number" value={editing.port} min={1} max={65535} onInput={(e) => set({ port: Number((e.currentTarget as HTMLInputElement).value) || 5432 })} />
          </label>
          <label>
            Database
            <input value={editing.database} onInput={(e) => set({ database: (e.currentTarget as HTMLInputElement).value.trim() })} />
          </label>
          <label>
            User
            <input value={editing.user} onInput={(e) => set({ user: (e.currentTarget as HTMLInputElement).value.trim() })} />
          </label>
          <label>
            Password
            <input type="password" value={password} autoComplete="off" placeholder="unchanged" onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            SSL
            <select value={editing.sslmode ?? ""} onChange={(e) => set({ sslmode: (e.currentTarget as HTMLSelectElement).value || null })}>
              <option value="">Default</option>
              <option value="disable">disable</option>
              <option value="prefer">prefer</option>
              <option value="require">require (Supabase)</option>
              <option value="verify-full">verify-full</option>
            </select>
          </label>
        </div>
        {warning && <p class="note note-warn" role="alert">{warning}</p>}
        <div class="actions">
          <button type="button" onClick={testConnection} disabled={testing || !editing.host}>
            {testing ? "Testing…" : "Test connection"}
          </button>
          <button type="button" class="primary" onClick={saveProfile} disabled={!editing.name.trim() || !editing.host}>
            Save profile
          </button>
          {settings.profiles.some((p) => p.name === editing.name) && (
            <button type="button" class="danger" onClick={deleteProfile}>
              Delete profile
            </button>
          )}
        </div>
        {test && (
          <p class="note note-ok" role="status" data-testid="test-result">
            Connected to {test.description} as role <strong>{test.capabilities.role}</strong>: {describeCapabilities(test.capabilities)}.
          </p>
        )}
        {error != null && <ErrorNote error={error} />}
        {notice && <p class="note" role="status">{notice}</p>}
      </fieldset>

      <fieldset>
        <legend>Importing</legend>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={settings.review_before_promoting}
            onChange={(e) => onSettingsChange({ ...settings, review_before_promoting: (e.currentTarget as HTMLInputElement).checked })}
          />
          Review before promoting: imported rows wait as pending until someone presses Promote on the run's page.
        </label>
      </fieldset>

      <fieldset>
        <legend>Sources</legend>
        <ul class="sources">
          {settings.sources.map((s) => (
            <li key={s}>
              {s}{" "}
              <button type="button" class="link" aria-label={`Remove source ${s}`} onClick={() => onSettingsChange({ ...settings, sources: settings.sources.filter((x) => x !== s) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form
          class="form-row"
          onSubmit={(e) => {
            e.preventDefault();
            const s = normalizeSource(newSource);
            if (s && !settings.sources.includes(s)) void onSettingsChange({ ...settings, sources: [...settings.sources, s].sort() });
            setNewSource("");
          }}
        >
          <label>
            New source
            <input value={newSource} onInput={(e) => setNewSource((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit">Add</button>
        </form>
      </fieldset>
      <UpdatesSettings settings={settings} onSaved={onSettingsReplaced} />
      <Diagnostics />
    </section>
  );
}
