import type { ConnectionInfo } from "../bindings/ConnectionInfo";
import { errorSentence } from "../lib/errors";

/** Which database this window writes to, on top of every screen. */
export function Banner({ conn, onOpenSettings }: { conn: ConnectionInfo | null; onOpenSettings: () => void }) {
  if (!conn) return <div class="banner banner-neutral" role="status">Connecting to the database…</div>;
  if (conn.error && !conn.capabilities) {
    return (
      <div class="banner banner-error" role="alert">
        <strong>Not connected.</strong> {errorSentence(conn.error)}{" "}
        <button type="button" class="link" onClick={onOpenSettings}>Open Settings</button>
      </div>
    );
  }
  const role = conn.capabilities ? ` · role ${conn.capabilities.role}` : "";
  if (conn.embedded_path) {
    return (
      <div class="banner banner-neutral" role="status" data-testid="db-banner">
        Embedded database (this computer): <code>{conn.embedded_path}</code>
      </div>
    );
  }
  if (conn.environment === "prod") {
    return (
      <div class="banner banner-prod" role="status" data-testid="db-banner">
        <strong>PRODUCTION database</strong> — {conn.description}{role}
      </div>
    );
  }
  if (conn.environment === "dev") {
    return (
      <div class="banner banner-dev" role="status" data-testid="db-banner">
        <strong>Development database</strong> — {conn.description}{role}
      </div>
    );
  }
  return (
    <div class="banner banner-neutral" role="status" data-testid="db-banner">
      Database ({conn.origin}): {conn.description}{role}
    </div>
  );
}
