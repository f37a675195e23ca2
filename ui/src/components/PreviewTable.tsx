import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { PreviewRow } from "../bindings/PreviewRow";
import { fateLabel, fateTone } from "../lib/fate";
import { formatCount } from "../lib/format";
import { pagesFor, visibleWindow } from "../lib/virtual";

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
  const pages = useRef(new Map<number, PreviewRow[]>());
  const inFlight = useRef(new Set<number>());
  const currentId = useRef(previewId);

  if (currentId.current !== previewId) {
    currentId.current = previewId;
    pages.current = new Map();
    inFlight.current = new Set();
  }

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewportHeight(el.clientHeight || 420);
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

  const rows = [];
  for (let i = win.start; i < win.end; i++) {
    const row = rowAt(i);
    const top = win.rowTop(i);
    if (!row) {
      rows.push(
        <div role="row" aria-rowindex={i + 2} class="vrow loading" style={{ top: `${top}px` }} key={i}>
          <span role="cell" class="c-row">{formatCount(i + 1)}</span>
          <span role="cell" class="c-fate">…</span>
        </div>,
      );
      continue;
    }
    const f = row.fields;
    rows.push(
      <div role="row" aria-rowindex={i + 2} class={`vrow tone-${fateTone(row.fate)}`} style={{ top: `${top}px` }} key={i} data-row={row.row_index}>
        <span role="cell" class="c-row">{formatCount(row.row_index + 1)}</span>
        <span role="cell" class="c-fate">{fateLabel(row.fate)}</span>
        <span role="cell" class="c-name">{f.plaintiff_name ?? ""}</span>
        <span role="cell" class="c-firm">{f.firm_name ?? ""}</span>
        <span role="cell" class="c-email">{f.contact_email ?? ""}</span>
        <span role="cell" class="c-phone">{f.contact_phone ?? ""}</span>
        <span role="cell" class="c-ref">{f.source_reference ?? ""}</span>
      </div>,
    );
  }

  return (
    <div class="vtable" role="table" aria-label="Preview of every row and what will happen to it" aria-rowcount={available + 1}>
      <div role="rowgroup">
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
      <div
        ref={scroller}
        class="vscroll"
        tabIndex={0}
        aria-label="Preview rows (scroll with the arrow and page keys)"
        data-testid="preview-scroll"
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      >
        <div role="rowgroup" class="vspacer" style={{ height: `${win.totalHeight}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
