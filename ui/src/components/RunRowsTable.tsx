import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { formatCount } from "../lib/format";
import { pagesFor, scrollTopForRow, visibleWindow } from "../lib/virtual";

const ROW_HEIGHT = 30;
const PAGE_SIZE = 100;
const OVERSCAN = 10;

export interface RowsPage<T> {
  total: number;
  offset: number;
  rows: T[];
}

/**
 * A run's errored rows or blocked duplicates, virtualized: rows stay in the
 * database and are read a page at a time as the clerk scrolls (a 1M-row file
 * with 10% duplicates is 100k rows: only those in view exist in the page).
 */
export function RunRowsTable<T extends { row_index: number; line: number | null }>({
  id,
  total,
  label,
  testId,
  headers,
  fetchPage,
  cells,
}: {
  /** Changes when the run (or its data) changes: cached pages are dropped. */
  id: string;
  total: number;
  label: string;
  testId: string;
  headers: string[];
  fetchPage: (offset: number, limit: number) => Promise<RowsPage<T>>;
  cells: (row: T) => ComponentChildren[];
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(300);
  const [, setVersion] = useState(0);
  const [activeRow, setActiveRow] = useState(0);
  const pages = useRef(new Map<number, T[]>());
  const inFlight = useRef(new Set<number>());
  const currentId = useRef(id);
  if (currentId.current !== id) {
    currentId.current = id;
    pages.current = new Map();
    inFlight.current = new Set();
  }
  const rowCount = total;

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewportHeight(Math.max(ROW_HEIGHT, (el.clientHeight || 330) - ROW_HEIGHT));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const win = visibleWindow({ scrollTop, viewportHeight, rowHeight: ROW_HEIGHT, rowCount, overscan: OVERSCAN });

  useEffect(() => {
    const asked = id;
    for (const page of pagesFor(win.start, win.end, PAGE_SIZE)) {
      if (pages.current.has(page) || inFlight.current.has(page)) continue;
      inFlight.current.add(page);
      fetchPage(page * PAGE_SIZE, PAGE_SIZE)
        .then((result) => {
          if (currentId.current !== asked) return;
          pages.current.set(page, result.rows);
          setVersion((v) => v + 1);
        })
        .catch(() => undefined)
        .finally(() => {
          if (currentId.current === asked) inFlight.current.delete(page);
        });
    }
  });

  const rowAt = (i: number): T | undefined => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE];
  const rowId = (i: number) => `${testId}-row-${i}`;
  const active = Math.min(activeRow, Math.max(0, rowCount - 1));

  function onKeyDown(e: KeyboardEvent) {
    const el = scroller.current;
    if (!el || rowCount === 0) return;
    const page = Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 1);
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: rowCount - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(rowCount - 1, to));
    setActiveRow(next);
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
          <span role="gridcell" class="c-row">…</span>
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
        class={`vrow${activeClass}`}
        style={{ top: `${top}px` }}
        key={`${id}-${i}`}
        data-row={row.row_index}
        data-line={row.line ?? undefined}
        onClick={() => setActiveRow(i)}
      >
        {/* The line a spreadsheet program shows (header and title lines counted). */}
        <span role="gridcell" class="c-row">{formatCount(row.line ?? row.row_index + 1)}</span>
        {cells(row).map((c, k) => (
          <span role="gridcell" key={k}>
            {c}
          </span>
        ))}
      </div>,
    );
  }

  return (
    <div class="vtable run-rows" data-testid={testId} data-rows={rowCount}>
      <div
        ref={scroller}
        class="vscroll"
        style={{ height: `${Math.min(360, (rowCount + 1) * ROW_HEIGHT + 2)}px` }}
        role="grid"
        tabIndex={0}
        aria-label={`${label} (arrow keys move between rows)`}
        aria-rowcount={rowCount + 1}
        aria-colcount={headers.length}
        aria-activedescendant={rowCount > 0 && active >= win.start && active < win.end ? rowId(active) : undefined}
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      >
        <div role="rowgroup" class="vheadgroup">
          <div role="row" aria-rowindex={1} class="vhead">
            {headers.map((h, k) => (
              <span role="columnheader" class={k === 0 ? "c-row" : undefined} key={h}>
                {h}
              </span>
            ))}
          </div>
        </div>
        <div role="rowgroup" class="vspacer" style={{ height: `${win.totalHeight}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
