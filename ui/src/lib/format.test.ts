import { describe, expect, it } from "vitest";
import { dateTimeFormatter, dayEndIso, dayStartIso, fileName, formatCount, formatDuration, formatRate, normalizeSource, percent, progressLine, formatDateTime } from "./format";

describe("format", () => {
  it("groups thousands", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(1_000_000)).toBe("1,000,000");
  });
  it("formats rates and durations", () => {
    expect(formatRate(123456.7)).toBe("123,457 rows/s");
    expect(formatRate(0)).toBe("— rows/s");
    expect(formatDuration(0.42)).toBe("0.4 s");
    expect(formatDuration(12.4)).toBe("12 s");
    expect(formatDuration(185)).toBe("3 min 05 s");
    expect(formatDuration(3720)).toBe("1 h 02 min");
    expect(formatDuration(null)).toBe("—");
  });
  it("clamps percentages", () => {
    expect(percent(50, 200)).toBe(25);
    expect(percent(5, 0)).toBe(0);
    expect(percent(300, 200)).toBe(100);
  });
  it("turns a date input into a local day range", () => {
    const start = new Date(dayStartIso("2025-01-14")!);
    const end = new Date(dayEndIso("2025-01-14")!);
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2025, 0, 14, 0]);
    expect(end.getTime() - start.getTime()).toBe(24 * 3600 * 1000);
    expect(dayStartIso("14/01/2025")).toBeNull();
  });
  it("normalizes sources like the engine and names files", () => {
    expect(normalizeSource("  SimpliCity ")).toBe("simplicity");
    expect(fileName("/home/a/plaintiffs.csv")).toBe("plaintiffs.csv");
    expect(fileName("C:\\x\\y.xlsx")).toBe("y.xlsx");
  });
  it("describes import progress, and a wait for another import", () => {
    const p = { rows_done: 12345, bytes_done: 0, bytes_total: 10, rows_per_sec: 6789.4 };
    expect(progressLine({ ...p, phase: "landing" })).toBe("Importing · 12,345 rows · 6,789 rows/s");
    expect(progressLine({ ...p, phase: "finalizing" })).toBe("Reconciling · 12,345 rows · 6,789 rows/s");
    expect(progressLine({ ...p, phase: "waiting" })).toBe("Waiting for another import of this source to finish…");
  });
  it("shows every date in one local format", () => {
    const us = dateTimeFormatter("en-US", "UTC");
    const gb = dateTimeFormatter("en-GB", "UTC");
    // ICU versions differ on the space before AM (U+202F or U+0020).
    expect(formatDateTime("2025-01-14T10:30:00Z", us).replace(/\u202f/g, " ")).toBe("Jan 14, 2025, 10:30 AM");
    expect(formatDateTime("2025-01-14T10:30:00Z", gb)).toBe("14 Jan 2025, 10:30");
    expect(formatDateTime(null, us)).toBe("—");
    expect(formatDateTime("not a date", us)).toBe("—");
  });
});
