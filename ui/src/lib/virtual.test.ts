import { describe, expect, it } from "vitest";
import { MAX_SCROLL_HEIGHT, pagesFor, scrollTopForRow, visibleWindow } from "./virtual";

const base = { viewportHeight: 300, rowHeight: 30, overscan: 2 };

describe("virtual list", () => {
  it("renders only the rows in view plus overscan", () => {
    const w = visibleWindow({ ...base, scrollTop: 0, rowCount: 100 });
    expect([w.start, w.end]).toEqual([0, 13]);
    expect(w.totalHeight).toBe(3000);
    expect(w.rowTop(5)).toBe(150);
  });
  it("follows the scroll position", () => {
    const w = visibleWindow({ ...base, scrollTop: 600, rowCount: 100 });
    expect([w.start, w.end]).toEqual([18, 33]);
    expect(w.rowTop(20)).toBe(600);
  });
  it("clamps at the end and for short lists", () => {
    const w = visibleWindow({ ...base, scrollTop: 99999, rowCount: 100 });
    expect(w.end).toBe(100);
    expect(w.rowTop(99) + 30).toBe(3000);
    const short = visibleWindow({ ...base, scrollTop: 0, rowCount: 3 });
    expect([short.start, short.end]).toEqual([0, 3]);
    const empty = visibleWindow({ ...base, scrollTop: 0, rowCount: 0 });
    expect([empty.start, empty.end]).toEqual([0, 0]);
  });
  it("scales a million rows into a bounded scroll height", () => {
    const rowCount = 1_000_000;
    const top = visibleWindow({ ...base, scrollTop: 0, rowCount });
    expect(top.totalHeight).toBe(MAX_SCROLL_HEIGHT);
    const bottom = visibleWindow({ ...base, scrollTop: MAX_SCROLL_HEIGHT, rowCount });
    expect(bottom.end).toBe(rowCount);
    // The last row sits exactly at the bottom of the viewport.
    expect(bottom.rowTop(rowCount - 1) + 30).toBeCloseTo(MAX_SCROLL_HEIGHT, 6);
    const middle = visibleWindow({ ...base, scrollTop: (MAX_SCROLL_HEIGHT - 300) / 2, rowCount });
    expect(middle.start).toBeGreaterThan(499_990 - 10);
    expect(middle.start).toBeLessThan(500_000);
    const st = scrollTopForRow(500_000, { viewportHeight: 300, rowHeight: 30, rowCount });
    const w = visibleWindow({ ...base, scrollTop: st, rowCount });
    expect(w.rowTop(500_000)).toBeCloseTo(st, 6);
  });
  it("lists the pages a window needs", () => {
    expect(pagesFor(0, 13, 200)).toEqual([0]);
    expect(pagesFor(190, 215, 200)).toEqual([0, 1]);
    expect(pagesFor(400, 400, 200)).toEqual([]);
  });
});
