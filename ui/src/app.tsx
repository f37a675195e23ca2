import { useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { ConnectionInfo } from "./bindings/ConnectionInfo";
import type { Settings } from "./bindings/Settings";
import { listen } from "@tauri-apps/api/event";
import type { UpdateOffer } from "./bindings/UpdateOffer";
import { Banner } from "./components/Banner";
import { UpdateBanner } from "./components/UpdateBanner";
import { ErrorNote } from "./components/ErrorNote";
import { HistoryScreen } from "./screens/HistoryScreen";
import { ImportScreen } from "./screens/ImportScreen";
import { MatchesScreen } from "./screens/MatchesScreen";
import { RunPage } from "./screens/RunPage";
import { SettingsScreen } from "./screens/SettingsScreen";

type Route = { name: "import" } | { name: "history" } | { name: "run"; id: string } | { name: "matches" } | { name: "settings" };

export function App() {
  const [route, setRoute] = useState<Route>({ name: "import" });
  const [conn, setConn] = useState<ConnectionInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [fatal, setFatal] = useState<unknown>(null);
  const [offer, setOffer] = useState<UpdateOffer | null>(null);

  useEffect(() => {
    api.getSettings().then(setSettings).catch(setFatal);
    api.connectionInfo().then(setConn).catch(setFatal);
    // The shell's startup check (only when updates are turned on).
    const unlisten = listen<UpdateOffer>("update-available", (e) => setOffer(e.payload));
    return () => void unlisten.then((f) => f());
  }, []);

  async function changeSettings(next: Settings) {
    setSettings(next);
    try {
      await api.saveSettings(next);
    } catch (e) {
      setFatal(e);
    }
  }
  async function reconnect() {
    setConn(null);
    setConn(await api.reconnect());
  }

  const caps = conn?.capabilities ?? null;
  const nav = (r: Route, label: string, testId: string) => (
    <button type="button" class="tab" aria-current={route.name === r.name || (r.name === "history" && (route.name === "run" || route.name === "matches")) ? "page" : undefined} data-testid={testId} onClick={() => setRoute(r)}>
      {label}
    </button>
  );

  return (
    <div class="app">
      <Banner conn={conn} onOpenSettings={() => setRoute({ name: "settings" })} />
      {offer && <UpdateBanner offer={offer} onDismiss={() => setOffer(null)} />}
      <header class="topbar">
        <span class="brand">Plaintiff Intake</span>
        <nav aria-label="Main">
          {nav({ name: "import" }, "Import", "nav-import")}
          {(caps?.can_read ?? true) && nav({ name: "history" }, "History", "nav-history")}
          {nav({ name: "settings" }, "Settings", "nav-settings")}
        </nav>
        {conn && (
          <span class="who" data-testid="who" title={caps && caps.backend !== "sqlite" ? `Database role: ${caps.role}` : undefined}>
            Signed in as <strong>{conn.user}</strong>
          </span>
        )}
      </header>
      <main>
        {fatal != null && <ErrorNote error={fatal} />}
        {settings && (
          <ImportScreen
            active={route.name === "import"}
            settings={settings}
            capabilities={caps}
            onSettingsChange={changeSettings}
            onOpenRun={(id) => setRoute({ name: "run", id })}
          />
        )}
        {route.name === "history" && (
          <HistoryScreen sources={settings?.sources ?? []} onOpenRun={(id) => setRoute({ name: "run", id })} onOpenMatches={() => setRoute({ name: "matches" })} />
        )}
        {route.name === "matches" && <MatchesScreen sources={settings?.sources ?? []} onBack={() => setRoute({ name: "history" })} />}
        {route.name === "run" && <RunPage runId={route.id} capabilities={caps} onBack={() => setRoute({ name: "history" })} />}
        {route.name === "settings" && settings && (
          <SettingsScreen settings={settings} conn={conn} onSettingsChange={changeSettings} onSettingsReplaced={setSettings} onReconnect={reconnect} />
        )}
      </main>
    </div>
  );
}
