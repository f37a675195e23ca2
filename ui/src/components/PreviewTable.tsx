import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { PreviewRow } from "../bindings/PreviewRow";
import { fateLabel, fateTone } from "../lib/fate";
import { formatCount } from "../lib/format";
import { pagesFor, scrollTopForRow, visibleWindow } from "../lib/virtual";

const ROW_HEIGHT = 30;
const PAGE_SIZE = 200;
const OVERSCAN = 10;

/**
 * The preview's rows, virtualized: rows stay in the Rust side and are fetched
 * page by page as the user scrolls, so a 1M-row file scrolls smoothly.
 */
export function PreviewTable({ previewId, available }: { previewId: string; available: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(420);
  const [, setVersion] = useState(0);
  const [activeRow, setActiveRow] = useState(0);
  const pages = useRef(new Map<number, PreviewRow[]>());
  const inFlight = useRef(new Set<number>());
  const currentId = useRef(previewId);

  if (currentId.current !== previewId) {
    currentId.current = previewId;
    pages.current = new Map();
    inFlight.current = new Set();
    if (activeRow !== 0) setActiveRow(0);
  }

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

  const win = visibleWindow({ scrollTop, viewportHeight, rowHeight: ROW_HEIGHT, rowCount: available, overscan: OVERSCAN });

  useEffect(() => {
    const id = previewId;
    for (const page of pagesFor(win.start, win.end, PAGE_SIZE)) {
      const have = pages.current.get(page);
      const expected = Math.min(PAGE_SIZE, available - page * PAGE_SIZE);
      if ((have && have.length >= expected) || inFlight.current.has(page)) continue;
      inFlight.current.add(page);
      api
        .previewRows(id, page * PAGE_SIZE, PAGE_SIZE)
        .then((result) => {
          if (currentId.current !== id) return;
          pages.current.set(page, result.rows);
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
  const active = Math.min(activeRow, Math.max(0, available - 1));

  /** Arrow/Page/Home/End move the active row (aria-activedescendant) and keep it in view. */
  function onKeyDown(e: KeyboardEvent) {
    const el = scroller.current;
    if (!el || available === 0) return;
    const page = Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 1);
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: available - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(available - 1, to));
    setActiveRow(next);
    // The spacer starts below the sticky header, so the scroller's scrollTop
    // is the spacer's own: visibleWindow and scrollTopForRow apply as they are.
    const shown = visibleWindow({ scrollTop: el.scrollTop, viewportHeight, rowHeight: ROW_HEIGHT, rowCount: available, overscan: 0 });
    const top = shown.rowTop(next) - el.scrollTop;
    const geometry = { viewportHeight, rowHeight: ROW_HEIGHT, rowCount: available };
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
    const f = row.fields;
    rows.push(
      <div
        role="row"
        id={rowId(i)}
        aria-rowindex={i + 2}
        aria-selected={i === active}
        class={`vrow tone-${fateTone(row.fate)}${activeClass}`}
        style={{ top: `${top}px` }}
        key={i}
        data-row={row.row_index}
        onClick={() => setActiveRow(i)}
      >
        <span role="gridcell" class="c-row">{formatCount(row.row_index + 1)}</span>
        <span role="gridcell" class="c-fate" title={fateLabel(row.fate)}>{fateLabel(row.fate)}</span>
        <span role="gridcell" class="c-name">{f.plaintiff_name ?? ""}</span>
        <span role="gridcell" class="c-firm">{f.firm_name ?? ""}</span>
        <span role="gridcell" class="c-email">{f.contact_email ?? ""}</span>
        <span role="gridcell" class="c-phone">{f.contact_phone ?? ""}</span>
        <span role="gridcell" class="c-ref">{f.source_reference ?? ""}</span>
      </div>,
    );
  }

  // One focusable grid: the header row sticks to its top, the rows are
  // windowed below it, and the focused grid names its active row with
  // aria-activedescendant (the rows themselves come and go while scrolling).
  return (
    <div class="vtable">
      <div
        ref={scroller}
        class="vscroll"
        // A short file gets a short table; a long one scrolls inside 450 px.
        style={{ height: `${Math.min(450, (available + 1) * ROW_HEIGHT + 2)}px` }}
        role="grid"
        tabIndex={0}
        aria-label="Preview of every row and what will happen to it (arrow keys move between rows)"
        aria-rowcount={available + 1}
        aria-colcount={7}
        aria-activedescendant={available > 0 && active >= win.start && active < win.end ? rowId(active) : undefined}
        data-testid="preview-scroll"
        data-active-row={active}
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      >
        <div role="rowgroup" class="vheadgroup">
          <div role="row" aria-rowindex={1} class="vhead">
            <span role="columnheader" class="c-row">Row</span>
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
