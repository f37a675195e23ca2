// TEST HARNESS, not the app's backend: loaded before the built UI (ui/dist)
// by a11y/audit.mjs so the UI runs in plain Chromium. It mocks Tauri's IPC
// (window.__TAURI_INTERNALS__ via @tauri-apps/api/mocks) with the fixture
// answers of ./fixtures.js. Real-backend behaviour is covered by the
// end-to-end tests of the real window (tests/app_e2e.rs).
import { mockIPC, mockWindows } from "/__a11y/mocks.js";
import { CONNECTION, DUPLICATES, ERRORED, MATCHES, PREVIEW_ROWS, FIXES, RECONCILIATION, RUNS, SETTINGS, UPDATE_OFFER, report } from "/__a11y/fixtures.js";

mockWindows("main");
let settings = structuredClone(SETTINGS);
// The next file the Choose file… dialog returns (the audit sets it).
window.__A11Y_NEXT_FILE__ = "/home/clerk/plaintiffs.csv";

function send(channel, index, message) {
  window.__TAURI_INTERNALS__.runCallback(channel.id, { index, message });
}

mockIPC((cmd, args) => {
  switch (cmd) {
    case "connection_info":
    case "reconnect":
      // ?db=prod: the app on a production profile (the red banner).
      return new URLSearchParams(location.search).get("db") === "prod"
        ? { ...CONNECTION, origin: "profile Team (production)", description: "intake_clerk@db.example.org:5432/intake", embedded_path: null, environment: "prod" }
        : CONNECTION;
    case "get_settings":
      return settings;
    case "save_settings": {
      // The shell's check of changed update settings (updates.rs manifest_url).
      const { enabled, url } = args.settings.updates;
      if (enabled && JSON.stringify(args.settings.updates) !== JSON.stringify(settings.updates) && !/^https:\/\/[^/]/.test(url ?? "")) {
        throw { code: "UPDATE_URL_INVALID", message: `The update address '${url ?? ""}' is not a secure web address: it must start with https://.` };
      }
      settings = args.settings;
      return null;
    }
    case "check_for_update":
      return UPDATE_OFFER;
    case "plugin:dialog|open":
      return window.__A11Y_NEXT_FILE__;
    case "plugin:event|listen":
      // ?update=1: the shell's startup check found a newer version.
      if (args.event === "update-available" && new URLSearchParams(location.search).get("update") === "1") {
        setTimeout(() => window.__TAURI_INTERNALS__.runCallback(args.handler, { event: args.event, id: 1, payload: UPDATE_OFFER }), 10);
      }
      return 1;
    case "plugin:event|unlisten":
      return null;
    case "start_preview": {
      const ch = args.onEvent;
      const path = args.request.path;
      // people.csv has no name column until the mapping editor names one.
      const bad = path.endsWith("bad.csv") || (path.endsWith("people.csv") && !args.request.column_map?.plaintiff_name);
      setTimeout(() => {
        if (bad) {
          send(ch, 0, {
            kind: "failed",
            error: { code: "MISSING_COLUMNS", message: "Missing required columns: {'plaintiff_name'}. Headers found: Name, Email" },
          });
          return;
        }
        send(ch, 0, { kind: "rows", available: PREVIEW_ROWS.length });
        send(ch, 1, { kind: "done", report: report({}) });
      }, 10);
      return null;
    }
    case "peek_file":
      // bad.csv cannot be peeked: the app falls back to the error sentence.
      if (args.path.endsWith("bad.csv")) throw { code: "PARSE", message: "the file cannot be read" };
      return {
        headers: ["Person", "Email", "SSN"],
        sample_rows: [
          ["Marie Curie", "marie@example.com", "***-**-6789"],
          ["Niels Bohr", "niels@example.com", ""],
        ],
        header_line: 1,
        sheets: [],
        sheet: null,
      };
    case "list_sources":
      return ["jbi", "simplicity"].map((key) => ({
        key,
        display_name: key,
        saved_mapping: null,
        runs: 1,
        last_import_at: null,
        created_by: null,
        created_at: null,
        updated_by: null,
        updated_at: null,
      }));
    case "match_source": {
      const key = args.typed.trim().toLowerCase();
      if (key === "jbi" || key === "simplicity") return { kind: "known", key };
      if (key === "simplicty") return { kind: "similar", key, suggestion: "simplicity" };
      return { kind: "new", key };
    }
    case "preview_rows": {
      const kinds = { new: "new", duplicate_in_file: "duplicate_in_file", already_in_database: "already_in_database", invalid: "invalid" };
      const shown = args.fate ? PREVIEW_ROWS.filter((r) => r.fate.kind === kinds[args.fate]) : PREVIEW_ROWS;
      const count = (k) => PREVIEW_ROWS.filter((r) => r.fate.kind === k).length;
      return {
        offset: args.offset,
        rows: shown.slice(args.offset, args.offset + args.limit).map((r) => ({ matches: [], ...r })),
        available: PREVIEW_ROWS.length,
        matching: shown.length,
        counts: { new: count("new"), duplicate_in_file: count("duplicate_in_file"), already_in_database: count("already_in_database"), invalid: count("invalid") },
        complete: true,
      };
    }
    case "fix_preview_row": {
      const row = PREVIEW_ROWS.find((r) => r.row_index === args.rowIndex);
      return {
        row: { ...row, fields: { ...row.fields, ...args.edits }, fate: { kind: "new" } },
        counts: { new: 1, duplicate_in_file: 0, already_in_database: 0, invalid: 0, changed: 0 },
        fixes: Object.entries(args.edits).map(([field, value]) => ({ line: row.line ?? row.row_index + 2, field, value })),
      };
    }
    case "run_fixes":
      return args.runId === RUNS[0].id ? FIXES : [];
    case "run_changes":
      return [];
    case "discard_preview":
      return null;
    case "import_file":
      return report({ status: "completed", run_id: RUNS[0].id, reconciled: true });
    case "list_runs":
      return RUNS;
    case "get_run":
      return RUNS.find((r) => r.id === args.runId);
    case "reconcile_run":
      return RECONCILIATION;
    case "errored_rows_page": {
      const rows = args.runId === RUNS[0].id ? ERRORED : [];
      return { total: rows.length, offset: args.page.offset, rows: rows.slice(args.page.offset, args.page.offset + args.page.limit) };
    }
    case "blocked_duplicates_page": {
      const rows = args.runId === RUNS[0].id ? DUPLICATES : [];
      return { total: rows.length, offset: args.page.offset, rows: rows.slice(args.page.offset, args.page.offset + args.page.limit) };
    }
    case "cross_source_matches":
      return args.filter.source && args.filter.source !== "simplicity" && args.filter.source !== "jbi" ? [] : MATCHES;
    case "export_matches_csv":
      return "/home/clerk/possible-matches.csv";
    default:
      throw { code: "INTERNAL", message: `the audit harness does not mock ${cmd}` };
  }
});
