import type { ConnectionInfo } from "../bindings/ConnectionInfo";
import { clerkError, databaseName } from "../lib/words";

/** Which database this window writes to, on top of every screen (the address on hover). */
export function Banner({ conn, onOpenSettings }: { conn: ConnectionInfo | null; onOpenSettings: () => void }) {
  if (!conn) return <div class="banner banner-neutral" role="status">Connecting to the database…</div>;
  const name = databaseName(conn);
  const where = conn.embedded_path ?? conn.description;
  if (conn.error && !conn.capabilities) {
    const { sentence, code } = clerkError(conn.error);
    return (
      <div class="banner banner-error" role="alert" title={where}>
        <strong>Not connected to {name === "This computer" ? "the database on this computer" : name}.</strong> {sentence} <small class="code-for-support">(code {code})</small>{" "}
        <button type="button" class="link" onClick={onOpenSettings}>Open Settings</button>
      </div>
    );
  }
  const prod = conn.environment === "prod";
  const tone = prod ? "banner-prod" : conn.environment === "dev" ? "banner-dev" : "banner-neutral";
  const kind = prod ? "Production database" : conn.environment === "dev" ? "Test database" : "Database";
  const setBy = !conn.embedded_path && conn.origin !== "embedded" && !conn.origin.startsWith("profile ") ? ` (set by ${conn.origin})` : "";
  return (
    <div class={`banner ${tone}`} role="status" data-testid="db-banner" data-environment={conn.environment ?? ""} title={where}>
      {kind}: <strong data-testid="db-name">{name}</strong>
      {setBy}
    </div>
  );
}
