// Fill a connection profile from a pasted postgres:// URL (e.g. Supabase's
// session pooler string). The password is returned separately: it goes to the
// OS keychain, never into the settings file.

export interface ParsedPgUrl {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | null;
  sslmode: string | null;
}

export function parsePostgresUrl(text: string): ParsedPgUrl | null {
  const trimmed = text.trim();
  if (!/^postgres(ql)?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    // URL() only parses authority for special schemes; swap to http for parsing.
    url = new URL(trimmed.replace(/^postgres(ql)?:/i, "http:"));
  } catch {
    return null;
  }
  if (!url.hostname) return null;
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres",
    user: decodeURIComponent(url.username),
    password: url.password ? decodeURIComponent(url.password) : null,
    sslmode: url.searchParams.get("sslmode"),
  };
}

/** Warnings about a Supabase profile that would not work, or null. */
export function supabaseWarning(host: string, port: number, user: string): string | null {
  if (!/\.pooler\.supabase\.com$/i.test(host)) return null;
  if (port === 6543) return "Use the session pooler (port 5432): the transaction pooler (6543) breaks prepared statements.";
  if (!/^[^.]+\..+/.test(user)) return "Supabase's pooler wants the user as postgres.<project-ref>.";
  return null;
}
