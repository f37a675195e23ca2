// Typed wrappers over the shell's commands. Every type comes from
// ./bindings (generated from the Rust types by ts-rs).

import { Channel, invoke } from "@tauri-apps/api/core";
import type { BlockedDuplicate } from "./bindings/BlockedDuplicate";
import type { ConnectionInfo } from "./bindings/ConnectionInfo";
import type { ConnectionTest } from "./bindings/ConnectionTest";
import type { ErroredRow } from "./bindings/ErroredRow";
import type { ImportReport } from "./bindings/ImportReport";
import type { ImportRequest } from "./bindings/ImportRequest";
import type { PreviewEvent } from "./bindings/PreviewEvent";
import type { PreviewPage } from "./bindings/PreviewPage";
import type { ProfileInput } from "./bindings/ProfileInput";
import type { Progress } from "./bindings/Progress";
import type { PromoteResult } from "./bindings/PromoteResult";
import type { Reconciliation } from "./bindings/Reconciliation";
import type { RollbackResult } from "./bindings/RollbackResult";
import type { RunCsvKind } from "./bindings/RunCsvKind";
import type { RunFilter } from "./bindings/RunFilter";
import type { RunSummary } from "./bindings/RunSummary";
import type { Settings } from "./bindings/Settings";

export const api = {
  connectionInfo: () => invoke<ConnectionInfo>("connection_info"),
  reconnect: () => invoke<ConnectionInfo>("reconnect"),
  getSettings: () => invoke<Settings>("get_settings"),
  saveSettings: (settings: Settings) => invoke<void>("save_settings", { settings }),
  saveProfile: (input: ProfileInput) => invoke<Settings>("save_profile", { input }),
  deleteProfile: (name: string) => invoke<Settings>("delete_profile", { name }),
  testConnection: (input: ProfileInput) => invoke<ConnectionTest>("test_connection", { input }),

  startPreview: (previewId: string, request: ImportRequest, onEvent: (e: PreviewEvent) => void) => {
    const channel = new Channel<PreviewEvent>();
    channel.onmessage = onEvent;
    return invoke<void>("start_preview", { previewId, request, onEvent: channel });
  },
  previewRows: (previewId: string, offset: number, limit: number) =>
    invoke<PreviewPage>("preview_rows", { previewId, offset, limit }),
  discardPreview: (previewId: string) => invoke<void>("discard_preview", { previewId }),
  importFile: (jobId: string, request: ImportRequest, onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<ImportReport>("import_file", { jobId, request, onProgress: channel });
  },
  cancelJob: (jobId: string) => invoke<boolean>("cancel_job", { jobId }),

  listRuns: (filter: RunFilter) => invoke<RunSummary[]>("list_runs", { filter }),
  getRun: (runId: string) => invoke<RunSummary>("get_run", { runId }),
  reconcileRun: (runId: string) => invoke<Reconciliation>("reconcile_run", { runId }),
  erroredRows: (runId: string) => invoke<ErroredRow[]>("errored_rows", { runId }),
  blockedDuplicates: (runId: string) => invoke<BlockedDuplicate[]>("blocked_duplicates", { runId }),
  rollbackRun: (runId: string, reason: string) => invoke<RollbackResult>("rollback_run", { runId, reason }),
  promoteRun: (runId: string) => invoke<PromoteResult>("promote_run", { runId }),
  /** Rust asks where to save (native dialog) and writes; null when cancelled. */
  exportRunCsv: (runId: string, kind: RunCsvKind) => invoke<string | null>("export_run_csv", { runId, kind }),

  /** Writes a shown error to the app's (redacted) log. */
  logUiError: (code: string, message: string, context: string) => invoke<void>("log_ui_error", { code, message, context }),
  diagnostics: () => invoke<string>("diagnostics"),
  /** The file the app was launched with (`plaintiff-intake FILE`), once. */
  takeLaunchFile: () => invoke<string | null>("take_launch_file"),
};

export function newId(): string {
  return crypto.randomUUID();
}
