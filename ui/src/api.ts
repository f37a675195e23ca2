// Typed wrappers over the shell's commands. Every type comes from
// ./bindings (generated from the Rust types by ts-rs); command names are
// checked against the shell's own list (./bindings/commands.ts).

import type { FateFilter } from "./bindings/FateFilter";
import type { FixedRow } from "./bindings/FixedRow";
import type { StoredFix } from "./bindings/StoredFix";
import type { PlaintiffChange } from "./bindings/PlaintiffChange";
import { Channel, invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type { Command } from "./bindings/commands";
import type { DuplicatePage } from "./bindings/DuplicatePage";
import type { CrossSourceMatch } from "./bindings/CrossSourceMatch";
import type { MatchFilter } from "./bindings/MatchFilter";
import type { ConnectionInfo } from "./bindings/ConnectionInfo";
import type { ConnectionTest } from "./bindings/ConnectionTest";
import type { ErroredRowPage } from "./bindings/ErroredRowPage";
import type { FilePeek } from "./bindings/FilePeek";
import type { SourceInfo } from "./bindings/SourceInfo";
import type { SourceMatch } from "./bindings/SourceMatch";
import type { ImportReport } from "./bindings/ImportReport";
import type { ImportRequest } from "./bindings/ImportRequest";
import type { PreviewEvent } from "./bindings/PreviewEvent";
import type { PreviewPage } from "./bindings/PreviewPage";
import type { ProfileInput } from "./bindings/ProfileInput";
import type { Progress } from "./bindings/Progress";
import type { PromoteResult } from "./bindings/PromoteResult";
import type { Reconciliation } from "./bindings/Reconciliation";
import type { RollbackResult } from "./bindings/RollbackResult";
import type { RowPage } from "./bindings/RowPage";
import type { RunCsvKind } from "./bindings/RunCsvKind";
import type { RunFilter } from "./bindings/RunFilter";
import type { RunSummary } from "./bindings/RunSummary";
import type { Settings } from "./bindings/Settings";
import type { UpdateOffer } from "./bindings/UpdateOffer";

/** The only way to reach the shell: a name it does not register does not type-check. */
function call<T>(command: Command, args?: InvokeArgs): Promise<T> {
  return invoke<T>(command, args);
}

export const api = {
  connectionInfo: () => call<ConnectionInfo>("connection_info"),
  reconnect: () => call<ConnectionInfo>("reconnect"),
  getSettings: () => call<Settings>("get_settings"),
  saveSettings: (settings: Settings) => call<void>("save_settings", { settings }),
  saveProfile: (input: ProfileInput) => call<Settings>("save_profile", { input }),
  deleteProfile: (name: string) => call<Settings>("delete_profile", { name }),
  testConnection: (input: ProfileInput) => call<ConnectionTest>("test_connection", { input }),

  startPreview: (previewId: string, request: ImportRequest, onEvent: (e: PreviewEvent) => void) => {
    const channel = new Channel<PreviewEvent>();
    channel.onmessage = onEvent;
    return call<void>("start_preview", { previewId, request, onEvent: channel });
  },
  previewRows: (previewId: string, offset: number, limit: number, fate: FateFilter | null = null) =>
    call<PreviewPage>("preview_rows", { previewId, offset, limit, fate }),
  /** Edit cells of one preview row (canonical field → value); the row is re-decided. */
  fixPreviewRow: (previewId: string, rowIndex: number, edits: Record<string, string>) =>
    call<FixedRow>("fix_preview_row", { previewId, rowIndex, edits }),
  discardPreview: (previewId: string) => call<void>("discard_preview", { previewId }),
  importFile: (jobId: string, request: ImportRequest, onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return call<ImportReport>("import_file", { jobId, request, onProgress: channel });
  },
  cancelJob: (jobId: string) => call<boolean>("cancel_job", { jobId }),
  /** The file's header row, first records (PII masked) and sheets, for the mapping editor. */
  peekFile: (path: string, encoding: string | null, headerRow: number | null, sheet: string | null) =>
    call<FilePeek>("peek_file", { path, encoding, headerRow, sheet }),
  listSources: () => call<SourceInfo[]>("list_sources"),
  matchSource: (typed: string) => call<SourceMatch>("match_source", { typed }),

  listRuns: (filter: RunFilter) => call<RunSummary[]>("list_runs", { filter }),
  getRun: (runId: string) => call<RunSummary>("get_run", { runId }),
  reconcileRun: (runId: string) => call<Reconciliation>("reconcile_run", { runId }),
  runFixes: (runId: string) => call<StoredFix[]>("run_fixes", { runId }),
  erroredRowsPage: (runId: string, page: RowPage) => call<ErroredRowPage>("errored_rows_page", { runId, page }),
  blockedDuplicatesPage: (runId: string, page: RowPage) => call<DuplicatePage>("blocked_duplicates_page", { runId, page }),
  runChanges: (runId: string) => call<PlaintiffChange[]>("run_changes", { runId }),
  rollbackRun: (runId: string, reason: string) => call<RollbackResult>("rollback_run", { runId, reason }),
  promoteRun: (runId: string) => call<PromoteResult>("promote_run", { runId }),
  /** Live plaintiffs of two sources that are possibly the same person, newest first. */
  crossSourceMatches: (filter: MatchFilter) => call<CrossSourceMatch[]>("cross_source_matches", { filter }),
  /** Rust asks where to save (native dialog) and writes; null when cancelled. */
  exportRunCsv: (runId: string, kind: RunCsvKind) => call<string | null>("export_run_csv", { runId, kind }),
  /** The possible matches (same filter) as CSV, saved where the user chooses; null when cancelled. */
  exportMatchesCsv: (filter: MatchFilter) => call<string | null>("export_matches_csv", { filter }),

  /** Writes a shown error to the app's (redacted) log. */
  logUiError: (code: string, message: string, context: string) => call<void>("log_ui_error", { code, message, context }),
  diagnostics: () => call<string>("diagnostics"),
  /** The file the app was launched with (`plaintiff-intake FILE`), once. */
  takeLaunchFile: () => call<string | null>("take_launch_file"),
  /** Asks the saved update address; null when up to date (or updates are off). */
  checkForUpdate: () => call<UpdateOffer | null>("check_for_update"),
  /** Downloads, verifies, installs and restarts the app. */
  installUpdate: () => call<void>("install_update"),
};

export function newId(): string {
  return crypto.randomUUID();
}
