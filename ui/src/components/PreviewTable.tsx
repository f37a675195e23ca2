import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { CanonicalFields } from "../bindings/CanonicalFields";
import type { FateFilter } from "../bindings/FateFilter";
import type { FixedRow } from "../bindings/FixedRow";
import type { PreviewRow } from "../bindings/PreviewRow";
import { changesTitle, fateLabel, fateTone, rowLabel } from "../lib/fate";
import { cellEdit } from "../lib/fixes";
import { formatCount } from "../lib/format";
import { pagesFor, scrollTopForRow, visibleWindow } from "../lib/virtual";
import { WORDS } from "../lib/words";

const ROW_HEIGHT = 30;
const PAGE_SIZE = 200;
const OVERSCAN = 10;

/**
 * The preview's rows, virtualized: rows stay in the Rust side and are fetched
 * page by page as the user scrolls, so a 1M-row file scrolls smoothly.
 */
export function PreviewTable({
  previewId,
  available,
  fate = null,
  onFixed,
}: {
  previewId: string;
  available: number;
  /** Only rows of this fate (the pressed count card); null shows all. */
  fate?: FateFilter | null;
  onFixed?: (fixed: FixedRow) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(420);
  const [, setVersion] = useState(0);
  const [activeRow, setActiveRow] = useState(0);
  const pages = useRef(new Map<number, PreviewRow[]>());
  const inFlight = useRef(new Set<number>());
  /** Rows of the filtered fate (from the last page); unknown until the first page. */
  const [matching, setMatching] = useState<number | null>(null);
  /** Bumped after a fix: a fixed row may leave the filter, so pages are fetched again. */
  const [generation, setGeneration] = useState(0);
  const [fixError, setFixError] = useState<string | null>(null);
  const view = `${previewId}|${fate ?? ""}|${generation}`;
  const currentId = useRef(view);

  if (currentId.current !== view) {
    const sameFilter = currentId.current.split("|").slice(0, 2).join("|") === view.split("|").slice(0, 2).join("|");
    currentId.current = view;
    pages.current = new Map();
    inFlight.current = new Set();
    if (!sameFilter) {
      if (activeRow !== 0) setActiveRow(0);
      if (matching !== null) setMatching(null);
    }
  }
  // Unfiltered, the count is known from the preview's events; filtered, a
  // first page (asked for as if one row existed) tells it.
  const rowCount = fate === null ? available : (matching ?? 1);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // The sticky header row takes one row of the viewport.
    const measure = () => setViewportHeight(Math.max(ROW_HEIGHT, (el.clientHeight || 450) - ROW_HEIGHT));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const win = visibleWindow({ scrollTop, viewportHeight, rowHeight: ROW_HEIGHT, rowCount, overscan: OVERSCAN });

  useEffect(() => {
    const id = view;
    for (const page of pagesFor(win.start, win.end, PAGE_SIZE)) {
      const have = pages.current.get(page);
      const expected = Math.min(PAGE_SIZE, rowCount - page * PAGE_SIZE);
      if ((have && have.length >= expected) || inFlight.current.has(page)) continue;
      inFlight.current.add(page);
      api
        .previewRows(previewId, page * PAGE_SIZE, PAGE_SIZE, fate)
        .then((result) => {
          if (currentId.current !== id) return;
          pages.current.set(page, result.rows);
          if (fate !== null) setMatching(result.matching);
          setVersion((v) => v + 1);
        })
        .catch(() => undefined)
        .finally(() => {
          if (currentId.current === id) inFlight.current.delete(page);
        });
    }
  });

  const rowAt = (i: number): PreviewRow | undefined => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE];
  const rowId = (i: number) => `preview-${previewId.slice(0, 8)}-row-${i}`;
  const active = Math.min(activeRow, Math.max(0, rowCount - 1));

  /** A committed cell: the row is re-decided in Rust; the counts and the table follow. */
  async function commitCell(row: PreviewRow, field: keyof CanonicalFields, typed: string) {
    const edits = cellEdit(field, row.fields[field], typed);
    if (!edits) return;
    try {
      const fixed = await api.fixPreviewRow(previewId, row.row_index, edits);
      setFixError(null);
      onFixed?.(fixed);
      setGeneration((g) => g + 1);
    } catch (e) {
      setFixError((e as { message?: string }).message ?? String(e));
    }
  }

  /** A cell: plain text, or an input in an invalid row (Enter or leaving commits, Esc cancels). */
  const cell = (row: PreviewRow, field: keyof CanonicalFields, cls: string, label: string) => {
    const value = row.fields[field] ?? "";
    const change = (row.changes ?? []).find((c) => c.field === field);
    if (change)
      return (
        <span role="gridcell" class={`${cls} changed`} data-testid={`changed-${field}-${row.row_index}`} title={`Was ${change.old ?? "(empty)"}, now ${change.new}`}>
          <del class="old">{change.old ?? ""}</del> <ins class="new">{change.new}</ins>
        </span>
      );
    if (row.fate.kind !== "invalid" || !onFixed) return <span role="gridcell" class={cls}>{value}</span>;
    const failing = row.fate.field === field;
    return (
      <span role="gridcell" class={`${cls} editable${failing ? " failing" : ""}`}>
        <input
          type="text"
          class="cell-edit"
          defaultValue={value}
          aria-label={`${label}, line ${row.line ?? row.row_index + 1}${failing ? ` (${row.fate.message})` : ""}`}
          aria-invalid={failing}
          data-testid={`edit-${field}-${row.row_index}`}
          onKeyDown={(e) => {
            e.stopPropagation();
            const input = e.currentTarget;
            if (e.key === "Enter") {
              e.preventDefault();
              input.blur();
            } else if (e.key === "Escape") {
              e.preventDefault();
              input.value = value;
              input.blur();
            }
          }}
          onBlur={(e) => void commitCell(row, field, e.currentTarget.value)}
        />
      </span>
    );
  };

  /** Arrow/Page/Home/End move the active row (aria-activedescendant) and keep it in view. */
  function onKeyDown(e: KeyboardEvent) {
    const el = scroller.current;
    if (!el || rowCount === 0) return;
    const page = Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 1);
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: rowCount - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(rowCount - 1, to));
    setActiveRow(next);
    // The spacer starts below the sticky header, so the scroller's scrollTop
    // is the spacer's own: visibleWindow and scrollTopForRow apply as they are.
    const shown = visibleWindow({ scrollTop: el.scrollTop, viewportHeight, rowHeight: ROW_HEIGHT, rowCount, overscan: 0 });
    const top = shown.rowTop(next) - el.scrollTop;
    const geometry = { viewportHeight, rowHeight: ROW_HEIGHT, rowCount };
    if (top < 0) el.scrollTop = scrollTopForRow(next, geometry);
    else if (top + ROW_HEIGHT > viewportHeight) el.scrollTop = scrollTopForRow(Math.max(0, next - page), geometry);
    setScrollTop(el.scrollTop);
  }

  const rows = [];
  for (let i = win.start; i < win.end; i++) {
    const row = rowAt(i);
    const top = win.rowTop(i);
    const activeClass = i === active ? " active" : "";
    if (!row) {
      rows.push(
        <div role="row" id={rowId(i)} aria-rowindex={i + 2} class={`vrow loading${activeClass}`} style={{ top: `${top}px` }} key={i}>
          <span role="gridcell" class="c-row">{formatCount(i + 1)}</span>
          <span role="gridcell" class="c-fate">…</span>
        </div>,
      );
      continue;
    }
    rows.push(
      <div
        role="row"
        id={rowId(i)}
        aria-rowindex={i + 2}
        aria-selected={i === active}
        class={`vrow tone-${fateTone(row.fate)}${activeClass}`}
        style={{ top: `${top}px` }}
        key={`${generation}-${i}`}
        data-row={row.row_index}
        data-line={row.line ?? undefined}
        onClick={() => setActiveRow(i)}
      >
        <span role="gridcell" class="c-row">{formatCount(row.line ?? row.row_index + 1)}</span>
        <span
          role="gridcell"
          class="c-fate"
          title={`${row.changes?.length ? changesTitle(row.changes) : fateLabel(row.fate)}${row.matches.length > 0 ? ` · ${matchText(row)}` : ""}`}
        >
          {rowLabel(row)}
          {row.matches.length > 0 && " "}
          {row.matches.length > 0 && (
            <span class="badge badge-match" data-testid="possible-match">
              {matchText(row)}
            </span>
          )}
        </span>
        {cell(row, "plaintiff_name", "c-name", "Plaintiff name")}
        {cell(row, "firm_name", "c-firm", "Firm")}
        {cell(row, "contact_email", "c-email", "Email")}
        {cell(row, "contact_phone", "c-phone", "Phone")}
        {cell(row, "source_reference", "c-ref", "Reference")}
      </div>,
    );
  }

  // One focusable grid: the header row sticks to its top, the rows are
  // windowed below it, and the focused grid names its active row with
  // aria-activedescendant (the rows themselves come and go while scrolling).
  return (
    <div class="vtable" data-testid="preview-table" data-fate={fate ?? "all"} data-rows={rowCount}>
      {fixError && (
        <p class="note note-error" role="alert" data-testid="fix-error">
          {fixError}
        </p>
      )}
      <div
        ref={scroller}
        class="vscroll"
        // A short file gets a short table; a long one scrolls inside 450 px.
        style={{ height: `${Math.min(450, (rowCount + 1) * ROW_HEIGHT + 2)}px` }}
        role="grid"
        tabIndex={0}
        aria-label="Preview of every row and what will happen to it (arrow keys move between rows)"
        aria-rowcount={rowCount + 1}
        aria-colcount={7}
        aria-activedescendant={rowCount > 0 && active >= win.start && active < win.end ? rowId(active) : undefined}
        data-testid="preview-scroll"
        data-active-row={active}
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      >
        <div role="rowgroup" class="vheadgroup">
          <div role="row" aria-rowindex={1} class="vhead">
            <span role="columnheader" class="c-row">Line</span>
            <span role="columnheader" class="c-fate">What will happen</span>
            <span role="columnheader" class="c-name">Plaintiff name</span>
            <span role="columnheader" class="c-firm">Firm</span>
            <span role="columnheader" class="c-email">Email</span>
            <span role="columnheader" class="c-phone">Phone</span>
            <span role="columnheader" class="c-ref">Reference</span>
          </div>
        </div>
        <div role="rowgroup" class="vspacer" style={{ height: `${win.totalHeight}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}

/** "possible match: Ada Lovelace from vendor-a" (and how many more). */
function matchText(row: PreviewRow): string {
  const [first, ...rest] = row.matches;
  const more = rest.length > 0 ? ` (+${rest.length} more)` : "";
  return WORDS.possibleMatch(first.plaintiff_name, first.source_system) + more;
}
