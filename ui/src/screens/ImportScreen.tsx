import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open } from "@tauri-apps/plugin-dialog";
import { useEffect, useRef, useState } from "preact/hooks";
import { api, newId } from "../api";
import type { Capabilities } from "../bindings/Capabilities";
import type { ColumnMapping } from "../bindings/ColumnMapping";
import type { ImportReport } from "../bindings/ImportReport";
import type { FateFilter } from "../bindings/FateFilter";
import type { FixedRow } from "../bindings/FixedRow";
import type { ImportRequest } from "../bindings/ImportRequest";
import type { RowFix } from "../bindings/RowFix";
import { FateCard } from "../components/FateCard";
import type { Progress } from "../bindings/Progress";
import type { Settings } from "../bindings/Settings";
import { ErrorNote } from "../components/ErrorNote";
import { PreviewTable } from "../components/PreviewTable";
import { MappingEditor } from "../components/MappingEditor";
import { SheetPicker } from "../components/SheetPicker";
import { SourceHint, SourceOptions } from "../components/SourcePicker";
import type { FilePeek } from "../bindings/FilePeek";
import type { SourceInfo } from "../bindings/SourceInfo";
import type { SourceMatch } from "../bindings/SourceMatch";
import { withColumns, type ColumnMap } from "../lib/mapping";
import { toAppError, type AppError } from "../lib/errors";
import { toggleFate, withCounts } from "../lib/fixes";
import { CANONICAL_FIELDS, fieldLabel } from "../lib/fate";
import { onFileOpened } from "../lib/launch";
import { encodingWords, headerLineWords, readAsLine, WORDS } from "../lib/words";
import { fileName, formatCount, formatDateTime, normalizeSource, percent, progressLine } from "../lib/format";

type Stage =
  | { kind: "idle" }
  | { kind: "needs_source"; path: string }
  | { kind: "needs_mapping"; path: string; peek: FilePeek; field: string; columns: string[]; canCancel: boolean }
  | { kind: "previewing"; path: string; previewId: string }
  | { kind: "previewed"; path: string; previewId: string; report: ImportReport }
  | { kind: "importing"; path: string; previewId: string; report: ImportReport; jobId: string }
  | { kind: "imported"; path: string; report: ImportReport }
  | { kind: "failed"; path: string; error: AppError };

interface Props {
  settings: Settings;
  capabilities: Capabilities | null;
  onSettingsChange: (s: Settings) => Promise<void>;
  onOpenRun: (runId: string) => void;
  active: boolean;
}

export function ImportScreen({ settings, capabilities, onSettingsChange, onOpenRun, active }: Props) {
  const [source, setSource] = useState(settings.last_source ?? "");
  const [batchId, setBatchId] = useState("");
  /** The clerk's choice of text encoding for this file; null = as detected. */
  const [encoding, setEncoding] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  /** The clerk's column map (field → columns) and sheet for this file. */
  const [columnMap, setColumnMap] = useState<ColumnMap>({});
  const [sheet, setSheet] = useState<string | null>(null);
  /** A workbook's sheets (for the picker), from a peek at the previewed file. */
  const [sheets, setSheets] = useState<string[]>([]);
  const [knownSources, setKnownSources] = useState<SourceInfo[]>([]);
  const [sourceMatch, setSourceMatch] = useState<SourceMatch | null>(null);
  const [newSourceConfirmed, setNewSourceConfirmed] = useState(false);
  const [available, setAvailable] = useState(0);
  const [scanProgress, setScanProgress] = useState<Progress | null>(null);
  const [importProgress, setImportProgress] = useState<Progress | null>(null);
  const [dragOver, setDragOver] = useState(false);
  /** The pressed count card, and the clerk's fixes of invalid cells (sent with the import). */
  const [fate, setFate] = useState<FateFilter | null>(null);
  const [fixes, setFixes] = useState<RowFix[]>([]);
  /** The clerk chose to apply the changed rows (vendor updates) to the plaintiffs. */
  const [applyUpdates, setApplyUpdates] = useState(false);
  const sourceInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const livePreview = useRef<string | null>(null);
  /** Source and batch id the current preview was made with. */
  const previewedWith = useRef({ source: "", batchId: "" });

  // Latest values for the long-lived drop listener.
  const latest = useRef({ source, batchId, settings, stage, encoding, columnMap, sheet });
  latest.current = { source, batchId, settings, stage, encoding, columnMap, sheet };

  const overridesFor = (src: string, s: Settings): { [key in string]?: string } =>
    (s.header_overrides[normalizeSource(src)] as { [key in string]?: string } | undefined) ?? {};

  const buildRequest = (path: string, src: string, batch: string, s: Settings): ImportRequest => ({
    path,
    source: src.trim(),
    batch_id: batch.trim() || null,
    sheet: latest.current.sheet,
    dry_run: true,
    promote: !s.review_before_promoting,
    header_overrides: overridesFor(src, s),
    imported_by: null,
    ...(latest.current.encoding ? { encoding: latest.current.encoding } : {}),
    column_map: latest.current.columnMap,
  });

  const refreshSources = () =>
    api
      .listSources()
      .then(setKnownSources)
      .catch(() => undefined);
  useEffect(() => void refreshSources(), []);

  /** Ask the engine whether the typed source is known, new, or close to a known one. */
  function checkSource(typed: string) {
    setNewSourceConfirmed(false);
    if (!typed.trim()) return setSourceMatch(null);
    api
      .matchSource(typed)
      .then((m) => {
        if (latest.current.source === typed) setSourceMatch(m);
      })
      .catch(() => setSourceMatch(null));
  }
  useEffect(() => checkSource(source), []);

  /** The mapping editor on the file, for `field` (the required name when the preview could not find it). */
  async function openMapping(path: string, field: string, canCancel: boolean, failure?: AppError) {
    try {
      const peek = await api.peekFile(path, latest.current.encoding, null, latest.current.sheet);
      setStage({ kind: "needs_mapping", path, peek, field, columns: latest.current.columnMap[field] ?? [], canCancel });
    } catch (e) {
      setStage({ kind: "failed", path, error: failure ?? toAppError(e) });
    }
  }

  function applyMapping(path: string, field: string, columns: string[]) {
    const next = withColumns(latest.current.columnMap, field, columns);
    latest.current.columnMap = next;
    setColumnMap(next);
    runPreview(path, latest.current.source, latest.current.batchId, latest.current.settings);
  }

  function changeSheet(path: string, name: string) {
    latest.current.sheet = name;
    setSheet(name);
    runPreview(path, latest.current.source, latest.current.batchId, latest.current.settings);
  }

  function runPreview(path: string, src: string, batch: string, s: Settings) {
    if (livePreview.current) void api.discardPreview(livePreview.current);
    const previewId = newId();
    livePreview.current = previewId;
    previewedWith.current = { source: normalizeSource(src), batchId: batch.trim() };
    setAvailable(0);
    setScanProgress(null);
    setImportProgress(null);
    setStage({ kind: "previewing", path, previewId });
    api
      .startPreview(previewId, buildRequest(path, src, batch, s), (event) => {
        if (livePreview.current !== previewId) return;
        switch (event.kind) {
          case "rows":
            setAvailable(event.available);
            break;
          case "progress":
            setScanProgress(event.progress);
            break;
          case "done":
            setStage({ kind: "previewed", path, previewId, report: event.report });
            if (event.report.sheet)
              api
                .peekFile(path, null, null, event.report.sheet)
                .then((p) => setSheets(p.sheets))
                .catch(() => setSheets([]));
            else setSheets([]);
            break;
          case "failed":
            // No name column: the clerk says which one, instead of a dead end.
            if (event.error.code === "MISSING_COLUMNS") void openMapping(path, "plaintiff_name", false, event.error);
            else setStage({ kind: "failed", path, error: event.error });
            break;
        }
      })
      .catch((e) => {
        if (livePreview.current === previewId) setStage({ kind: "failed", path, error: toAppError(e) });
      });
  }

  /** The one entry point for a file, whether dropped or chosen in the dialog. */
  function handleFile(path: string) {
    // A new file is read as detected until the clerk says otherwise.
    latest.current.encoding = null;
    setEncoding(null);
    latest.current.columnMap = {};
    setColumnMap({});
    latest.current.sheet = null;
    setSheet(null);
    setSheets([]);
    const { source: src, batchId: batch, settings: s } = latest.current;
    if (!src.trim()) {
      setStage({ kind: "needs_source", path });
      sourceInput.current?.focus();
      return;
    }
    runPreview(path, src, batch, s);
  }
  const handleFileRef = useRef(handleFile);
  handleFileRef.current = handleFile;

  useEffect(() => {
    let unlisten: (() => void) | undefined;
    let disposed = false;
    getCurrentWebview()
      .onDragDropEvent((event) => {
        const p = event.payload;
        if (p.type === "enter" || p.type === "over") setDragOver(true);
        else if (p.type === "leave") setDragOver(false);
        else if (p.type === "drop") {
          setDragOver(false);
          const busy = latest.current.stage.kind === "importing";
          if (p.paths.length > 0 && !busy) handleFileRef.current(p.paths[0]);
        }
      })
      .then((fn) => (disposed ? fn() : (unlisten = fn)))
      .catch(() => undefined);
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, []);

  // A file opened with the app (launch argument, a second launch): the same path as a drop.
  useEffect(
    () =>
      onFileOpened((path) => {
        if (latest.current.stage.kind !== "importing") handleFileRef.current(path);
      }),
    [],
  );

  async function chooseFile() {
    const picked = await open({
      title: "Choose a file to import",
      multiple: false,
      directory: false,
      filters: [{ name: "Plaintiff files", extensions: ["csv", "txt", "tsv", "xlsx", "xls"] }],
    });
    if (typeof picked === "string") handleFile(picked);
  }

  async function rememberSource(src: string) {
    const norm = normalizeSource(src);
    if (!norm) return;
    const sources = settings.sources.includes(norm) ? settings.sources : [...settings.sources, norm].sort();
    if (settings.last_source !== norm || sources !== settings.sources) {
      await onSettingsChange({ ...settings, last_source: norm, sources });
    }
  }

  /** Source or batch id edited (Enter or leaving the field): preview again if they changed. */
  function sourceCommitted() {
    const path = "path" in stage ? stage.path : null;
    if (!path || !source.trim() || stage.kind === "importing") return;
    const same = previewedWith.current.source === normalizeSource(source) && previewedWith.current.batchId === batchId.trim();
    // The mapping editor stays open (with its ticks) unless the source changed.
    if (stage.kind === "needs_source" || stage.kind === "failed" || !same) runPreview(path, source, batchId, settings);
  }

  async function changeMapping(column: ColumnMapping, canonical: string) {
    const key = normalizeSource(source);
    const forSource = { ...(overridesFor(source, settings) as Record<string, string>) };
    forSource[column.header] = canonical;
    const next: Settings = { ...settings, header_overrides: { ...settings.header_overrides, [key]: forSource } };
    await onSettingsChange(next);
    if ("path" in stage) runPreview(stage.path, source, batchId, next);
  }

  /** The clerk chose how to read the file's text: preview it again that way. */
  function changeEncoding(label: string | null) {
    latest.current.encoding = label;
    setEncoding(label);
    if ("path" in stage && stage.kind !== "importing") runPreview(stage.path, source, batchId, settings);
  }

  async function startImport() {
    if (stage.kind !== "previewed") return;
    const jobId = newId();
    const request = { ...buildRequest(stage.path, source, batchId, settings), dry_run: false, fixes, apply_updates: applyUpdates && stage.report.skipped_changed > 0 };
    setStage({ ...stage, kind: "importing", jobId });
    setImportProgress(null);
    await rememberSource(source);
    try {
      const report = await api.importFile(jobId, request, setImportProgress);
      setStage({ kind: "imported", path: stage.path, report });
      void refreshSources().then(() => checkSource(source));
    } catch (e) {
      setStage({ kind: "failed", path: stage.path, error: toAppError(e) });
    }
    requestAnimationFrame(() => resultHeading.current?.focus());
  }

  const report = stage.kind === "previewed" || stage.kind === "importing" || stage.kind === "imported" ? stage.report : null;
  const previewId = stage.kind === "previewing" || stage.kind === "previewed" || stage.kind === "importing" ? stage.previewId : null;
  const canImport = capabilities?.can_import ?? false;
  const isDuplicate = report?.status === "duplicate";
  // A new source (or a likely typo of a known one) is created only once the clerk confirms it.
  const sourceUnconfirmed = sourceMatch !== null && sourceMatch.kind !== "known" && !newSourceConfirmed;

  // A new preview starts unfiltered and unfixed.
  useEffect(() => {
    setFate(null);
    setFixes([]);
    setApplyUpdates(false);
  }, [previewId]);

  function rowFixed(fixed: FixedRow) {
    setFixes(fixed.fixes);
    setStage((s) => (s.kind === "previewed" ? { ...s, report: withCounts(s.report, fixed.counts) } : s));
  }

  return (
    <section aria-labelledby="import-title" hidden={!active} class="screen">
      <h1 id="import-title">Import a file</h1>
      <div class="form-row">
        <label>
          Source
          <input
            ref={sourceInput}
            list="known-sources"
            value={source}
            required
            aria-describedby="source-help"
            data-testid="source"
            onInput={(e) => {
              const typed = (e.currentTarget as HTMLInputElement).value;
              setSource(typed);
              latest.current.source = typed;
              checkSource(typed);
            }}
            onChange={sourceCommitted}
          />
          <SourceOptions id="known-sources" sources={knownSources} />
          <span id="source-help" class="help">Which vendor sent the file, e.g. simplicity.</span>
        </label>
        <label>
          Batch id (optional)
          <input value={batchId} data-testid="batch-id" onInput={(e) => setBatchId((e.currentTarget as HTMLInputElement).value)} onChange={sourceCommitted} />
        </label>
      </div>

      <SourceHint
        match={sourceMatch}
        typed={source}
        confirmed={newSourceConfirmed}
        onConfirm={setNewSourceConfirmed}
        onUse={(name) => {
          setSource(name);
          latest.current.source = name;
          checkSource(name);
          const path = "path" in stage ? stage.path : null;
          if (path && stage.kind !== "importing") runPreview(path, name, batchId, settings);
        }}
      />

      <button
        type="button"
        class={`dropzone${dragOver ? " dragover" : ""}`}
        data-testid="dropzone"
        onClick={chooseFile}
        disabled={stage.kind === "importing"}
        aria-describedby="dropzone-help"
      >
        <span class="dz-title">{dragOver ? "Drop the file to preview it" : "Drop a CSV or Excel file here"}</span>
        <span id="dropzone-help" class="dz-sub">
          or press to <u>Choose file…</u> — nothing is imported until you press Import.
        </span>
      </button>

      {stage.kind === "needs_source" && (
        <div class="note" role="alert" data-testid="needs-source">
          <p>
            Enter the source of <strong>{fileName(stage.path)}</strong> above, then press Enter to preview it.
          </p>
        </div>
      )}

      {stage.kind === "needs_mapping" && (
        <MappingEditor
          key={`${stage.path}:${stage.field}:${stage.peek.header_line}`}
          peek={stage.peek}
          initialField={stage.field}
          initialColumns={stage.columns}
          onApply={(field, columns) => applyMapping(stage.path, field, columns)}
          onCancel={stage.canCancel ? () => runPreview(stage.path, source, batchId, settings) : undefined}
        />
      )}

      {stage.kind === "failed" && (
        <div data-testid="import-failed">
          <h2 tabIndex={-1} ref={resultHeading}>{fileName(stage.path)} cannot be imported</h2>
          <ErrorNote error={stage.error} testId="file-error" />
        </div>
      )}

      {stage.kind === "previewing" && (
        <div class="note" role="status" data-testid="previewing">
          Checking {fileName(stage.path)}… {formatCount(available)} rows so far
          {scanProgress && scanProgress.bytes_total > 0 && (
            <progress max={100} value={percent(scanProgress.bytes_done, scanProgress.bytes_total)} aria-label="Preview progress" />
          )}
        </div>
      )}

      {isDuplicate && report && (
        <div class="note note-calm" role="status" data-testid="duplicate-note">
          <h2 tabIndex={-1} ref={resultHeading}>Already imported — nothing to do</h2>
          <p>
            {report.existing_run
              ? `Already imported on ${formatDateTime(report.existing_run.created_at)} by ${report.existing_run.imported_by} — nothing to do.`
              : "This file was already imported — nothing to do."}
          </p>
          {report.existing_run && (
            <button type="button" class="link" onClick={() => onOpenRun(report.existing_run!.id)}>
              Open that run
            </button>
          )}
        </div>
      )}

      {report && !isDuplicate && stage.kind !== "imported" && (
        <PreviewSummary
          report={report}
          encoding={encoding}
          onEncodingChange={changeEncoding}
          disabled={stage.kind === "importing"}
          fate={fate}
          onFate={(clicked) => setFate((f) => toggleFate(f, clicked))}
        >
          <SheetPicker
            sheets={sheets}
            sheet={report.sheet}
            disabled={stage.kind === "importing"}
            onChange={(name) => "path" in stage && changeSheet(stage.path, name)}
          />
        </PreviewSummary>
      )}

      {report && !isDuplicate && stage.kind !== "imported" && (
        <HeaderMapping
          columns={report.columns}
          onMappingChange={changeMapping}
          disabled={stage.kind === "importing"}
          onOpenEditor={() => "path" in stage && void openMapping(stage.path, "plaintiff_name", true)}
        />
      )}

      {previewId && !isDuplicate && stage.kind !== "imported" && available > 0 && (
        <PreviewTable previewId={previewId} available={available} fate={fate} onFixed={stage.kind === "previewed" ? rowFixed : undefined} />
      )}

      {stage.kind === "previewed" && !isDuplicate && (
        <div class="actions">
          <button type="button" class="primary" data-testid="import-button" onClick={startImport} disabled={!canImport || report!.fetched === 0 || sourceUnconfirmed}>
            Import {formatCount(report!.inserted)} new rows
          </button>
          {canImport && report!.skipped_changed > 0 && (
            <label class="apply-updates" title={WORDS.applyUpdatesHelp}>
              <input type="checkbox" data-testid="apply-updates" checked={applyUpdates} onChange={(e) => setApplyUpdates((e.currentTarget as HTMLInputElement).checked)} />
              {WORDS.applyUpdates(report!.skipped_changed)}
            </label>
          )}
          {canImport && report!.skipped_changed > 0 && !applyUpdates && <span class="help">{WORDS.updatesNotApplied}</span>}
          {!canImport && <span class="help">Your database role may not import.</span>}
          {sourceUnconfirmed && <span class="help" data-testid="confirm-source-help">Confirm the new source above to import.</span>}
          {settings.review_before_promoting && <span class="help">Rows will wait for review before promotion (Settings).</span>}
        </div>
      )}

      {stage.kind === "importing" && (
        <div class="progress-card" role="status" aria-live="polite" data-testid="import-progress">
          <progress
            max={100}
            value={importProgress ? percent(importProgress.bytes_done, importProgress.bytes_total) : 0}
            aria-label="Import progress"
          />
          <span>
            {importProgress
              ? progressLine(importProgress)
              : "Starting…"}
          </span>
          <button type="button" data-testid="cancel-button" onClick={() => void api.cancelJob(stage.jobId)}>
            Cancel
          </button>
        </div>
      )}

      {stage.kind === "imported" && <ImportResult report={stage.report} headingRef={resultHeading} onOpenRun={onOpenRun} />}
    </section>
  );
}

/** Encodings a clerk may pick when the detected one shows wrong letters. */
const ENCODING_CHOICES = ["UTF-8", "windows-1252", "ISO-8859-2", "UTF-16LE", "UTF-16BE", "macintosh"];

function PreviewSummary({
  report,
  encoding,
  onEncodingChange,
  disabled,
  children,
  fate,
  onFate,
}: {
  report: ImportReport;
  encoding: string | null;
  onEncodingChange: (label: string | null) => void;
  disabled: boolean;
  children?: preact.ComponentChildren;
  fate: FateFilter | null;
  onFate: (fate: FateFilter | null) => void;
}) {
  return (
    <div class="preview-summary" data-testid="preview-summary">
      <h2>
        Preview of {report.filename} <span class="muted">(dry run — nothing written)</span>
      </h2>
      <p class="facts">
        <span data-testid="read-as" data-encoding={report.encoding} data-delimiter={report.delimiter ?? ""}>
          {readAsLine(report.encoding, report.delimiter, report.sheet)}
        </span>
        {report.header_line !== null && " · "}
        {report.header_line !== null && (
          <span data-testid="header-line" data-line={report.header_line}>
            {headerLineWords(report.header_line)}
          </span>
        )}
        {report.delimiter && (
          <label class="inline">
            Letters look wrong? Read it as
            <select
              data-testid="encoding-choice"
              value={encoding ?? ""}
              disabled={disabled}
              onChange={(e) => onEncodingChange((e.currentTarget as HTMLSelectElement).value || null)}
            >
              <option value="">as detected</option>
              {ENCODING_CHOICES.map((l) => (
                <option value={l} key={l}>
                  {encodingWords(l)}
                </option>
              ))}
            </select>
          </label>
        )}
        {children}
      </p>
      <dl class="counts">
        <Count label={WORDS.rows} value={report.fetched} testId="count-fetched" />
        <FateCard label={WORDS.new} value={report.inserted} testId="count-new" tone="new" fate="new" pressed={fate} onFate={onFate} />
        <FateCard label={WORDS.duplicate} value={report.skipped_in_file} testId="count-dup-file" tone="dup" fate="duplicate_in_file" pressed={fate} onFate={onFate} />
        <FateCard label={WORDS.existing} value={report.skipped_existing} testId="count-existing" tone="existing" fate="already_in_database" pressed={fate} onFate={onFate} />
        {report.skipped_changed > 0 && (
          <FateCard label={WORDS.changed} value={report.skipped_changed} testId="count-changed" tone="existing" fate="changed" pressed={fate} onFate={onFate} />
        )}
        <FateCard label={WORDS.invalid} value={report.errored} testId="count-invalid" tone="invalid" fate="invalid" pressed={fate} onFate={onFate} />
      </dl>
      {fate && (
        <button type="button" class="link" data-testid="fate-all" onClick={() => onFate(null)}>
          {WORDS.showAllRows}
        </button>
      )}
      {report.cross_source_match_count > 0 && (
        <p class="note" role="note" data-testid="possible-matches-note" data-count={report.cross_source_match_count}>
          {WORDS.possibleMatchesNote(report.cross_source_match_count)}
        </p>
      )}
    </div>
  );
}

/** Detected header → canonical field; a change is remembered for the source and re-runs the preview. */
function HeaderMapping({
  columns,
  onMappingChange,
  disabled,
  onOpenEditor,
}: {
  columns: ColumnMapping[];
  onMappingChange: (c: ColumnMapping, canonical: string) => void;
  disabled: boolean;
  onOpenEditor: () => void;
}) {
  return (
    <details class="mapping">
        <summary>
          Header mapping:{" "}
          {columns.map((c) => `${c.header} → ${c.canonical ? fieldLabel(c.canonical) : "not imported"}`).join(", ")}{" "}
          <span class="muted">(open to change)</span>
        </summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Header in the file</th>
              <th scope="col">Imported as</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.header}>
                <td>
                  {c.header} {c.pii && <span class="badge" title="Masked everywhere">PII · masked</span>}
                </td>
                <td>
                  <select
                    aria-label={`Field for column ${c.header}`}
                    value={c.canonical ?? ""}
                    disabled={disabled}
                    onChange={(e) => onMappingChange(c, (e.currentTarget as HTMLSelectElement).value)}
                  >
                    <option value="">Not imported (kept in the raw payload)</option>
                    {CANONICAL_FIELDS.map((f) => (
                      <option value={f} key={f}>
                        {fieldLabel(f)} ({f})
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" class="link" data-testid="change-mapping" disabled={disabled} onClick={onOpenEditor}>
          {WORDS.changeMapping}
        </button>
    </details>
  );
}

function Count({ label, value, testId, tone }: { label: string; value: number; testId: string; tone?: string }) {
  return (
    // Colour says "look here": a zero is never coloured.
    <div class={`count${tone && value > 0 ? ` tone-${tone}` : ""}`}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{formatCount(value)}</dd>
    </div>
  );
}

/** "100 rows: 95 new, 3 duplicate, 0 already in database, 2 invalid". */
export function resultLine(r: ImportReport): string {
  return (
    `${formatCount(r.fetched)} rows: ${formatCount(r.inserted)} new, ${formatCount(r.skipped_in_file)} duplicate, ` +
    `${formatCount(r.skipped_existing)} already in database, ${formatCount(r.errored)} invalid` +
    (r.skipped_changed > 0 ? ` · ${formatCount(r.skipped_changed)} changed, ${formatCount(r.updated)} plaintiffs updated` : "")
  );
}

function ImportResult({
  report,
  headingRef,
  onOpenRun,
}: {
  report: ImportReport;
  headingRef: { current: HTMLHeadingElement | null };
  onOpenRun: (id: string) => void;
}) {
  if (report.status === "duplicate") {
    const run = report.existing_run;
    return (
      <div class="note note-calm" role="status" data-testid="duplicate-note">
        <h2 tabIndex={-1} ref={headingRef}>Already imported — nothing to do</h2>
        <p>{run ? `Already imported on ${formatDateTime(run.created_at)} by ${run.imported_by} — nothing to do.` : "Already imported — nothing to do."}</p>
      </div>
    );
  }
  if (report.status === "in_progress") {
    const run = report.existing_run;
    return (
      <div class="note" role="status" data-testid="in-progress-note">
        <h2 tabIndex={-1} ref={headingRef}>Someone is importing this file right now</h2>
        <p>{run ? `Started on ${formatDateTime(run.created_at)} by ${run.imported_by}.` : ""} Try again when it has finished.</p>
      </div>
    );
  }
  if (report.status === "failed") {
    return (
      <div data-testid="import-failed">
        <h2 tabIndex={-1} ref={headingRef}>The import failed; nothing was imported</h2>
        <ErrorNote error={report.error ?? { code: "INTERNAL", message: "The import failed." }} testId="file-error" />
      </div>
    );
  }
  return (
    <div class="result-card" role="status" data-testid="result-card">
      <h2 tabIndex={-1} ref={headingRef}>
        Imported {report.filename}
      </h2>
      <p data-testid="result-counts">
        {resultLine(report)}
      </p>
      <p>
        Reconciled: <strong data-testid="result-reconciled">{report.reconciled ? "✓ yes" : "✗ no"}</strong>
        {!report.promoted && " · rows are waiting for review before promotion"}
      </p>
      {report.cross_source_match_count > 0 && (
        <p data-testid="result-matches" data-count={report.cross_source_match_count}>
          {WORDS.possibleMatchesNote(report.cross_source_match_count)}
        </p>
      )}
      {report.run_id && (
        <button type="button" class="link" data-testid="open-run" onClick={() => onOpenRun(report.run_id!)}>
          Open the run
        </button>
      )}
    </div>
  );
}
