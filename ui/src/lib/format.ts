// Formatting for people: counts, rates, durations, dates.

import type { Progress } from "../bindings/Progress";

const counts = new Intl.NumberFormat("en-US");

export function formatCount(n: number): string {
  return counts.format(n);
}

/** "12,345 rows/s"; rounded to whole rows. */
export function formatRate(rowsPerSec: number): string {
  if (!Number.isFinite(rowsPerSec) || rowsPerSec <= 0) return "— rows/s";
  return `${counts.format(Math.round(rowsPerSec))} rows/s`;
}

/** "0.4 s", "12 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return "—";
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, "0")} min`;
  return `${m} min ${String(s).padStart(2, "0")} s`;
}

/**
 * The one date format of the window: the computer's locale and time zone,
 * e.g. "Jan 14, 2025, 10:30 AM" (en-US) or "14 Jan 2025, 10:30" (en-GB).
 */
export function dateTimeFormatter(locale?: string, timeZone?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
}

const localDates = dateTimeFormatter();

/** A timestamp from the database, in the one local format. */
export function formatDateTime(iso: string | null | undefined, formatter: Intl.DateTimeFormat = localDates): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "—";
  return formatter.format(d);
}

/** Percentage of a progress bar, clamped to 0..100. */
export function percent(done: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.max(0, Math.min(100, (done / total) * 100));
}

/** A `<input type=date>` value as the start of that local day, in UTC ISO form. */
export function dayStartIso(day: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).toISOString();
}

/** The end of that local day (exclusive: the next day's start). */
export function dayEndIso(day: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).toISOString();
}

/** Same normalization as the engine: `lower(trim(source))`. */
export function normalizeSource(source: string): string {
  return source.trim().toLowerCase();
}

export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

const PHASE_LABELS: Record<Progress["phase"], string> = {
  hashing: "Reading the file",
  claiming: "Checking the batch",
  waiting: "Waiting",
  validating: "Checking rows",
  landing: "Importing",
  finalizing: "Reconciling",
  done: "Done",
};

/** The line under the import progress bar. */
export function progressLine(p: Progress): string {
  if (p.phase === "waiting") {
    return "Waiting for another import of this source to finish…";
  }
  return `${PHASE_LABELS[p.phase]} · ${formatCount(p.rows_done)} rows · ${formatRate(p.rows_per_sec)}`;
}
