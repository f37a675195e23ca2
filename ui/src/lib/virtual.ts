// Windowing math for the preview table: only the rows in view (plus some
// overscan) exist in the DOM. Browsers cap an element's height (~17–33M px),
// so very long lists use a scaled scroll space: the scrollbar covers at most
// MAX_SCROLL_HEIGHT and maps proportionally onto the rows.

export const MAX_SCROLL_HEIGHT = 8_000_000;

export interface Viewport {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  overscan: number;
}

export interface VisibleWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Last row to render (exclusive). */
  end: number;
  /** Height of the scrollable spacer. */
  totalHeight: number;
  /** Top of row `i` (within the spacer) is `rowTop(i)`. */
  rowTop: (i: number) => number;
}

export function scrollHeight(rowCount: number, rowHeight: number): number {
  return Math.min(rowCount * rowHeight, MAX_SCROLL_HEIGHT);
}

export function visibleWindow(v: Viewport): VisibleWindow {
  const realHeight = v.rowCount * v.rowHeight;
  const totalHeight = scrollHeight(v.rowCount, v.rowHeight);
  const scrollable = Math.max(0, totalHeight - v.viewportHeight);
  const realScrollable = Math.max(0, realHeight - v.viewportHeight);
  const scrollTop = Math.max(0, Math.min(v.scrollTop, scrollable));
  // Offset in "real" pixels of the top of the viewport.
  const realTop = scrollable > 0 ? (scrollTop / scrollable) * realScrollable : 0;
  const first = Math.floor(realTop / v.rowHeight);
  const inView = Math.ceil(v.viewportHeight / v.rowHeight) + 1;
  const start = Math.max(0, first - v.overscan);
  const end = Math.min(v.rowCount, first + inView + v.overscan);
  const shift = realTop - scrollTop;
  return { start, end, totalHeight, rowTop: (i) => i * v.rowHeight - shift };
}

/** Pages (of `pageSize` rows) needed to show rows `start..end`. */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) pages.push(p);
  return pages;
}

/** Scroll position that brings row `i` into view (for keyboard navigation). */
export function scrollTopForRow(i: number, v: Omit<Viewport, "scrollTop" | "overscan">): number {
  const realHeight = v.rowCount * v.rowHeight;
  const totalHeight = scrollHeight(v.rowCount, v.rowHeight);
  const scrollable = Math.max(0, totalHeight - v.viewportHeight);
  const realScrollable = Math.max(0, realHeight - v.viewportHeight);
  const realTop = Math.max(0, Math.min(i * v.rowHeight, realScrollable));
  return realScrollable > 0 ? (realTop / realScrollable) * scrollable : 0;
}
