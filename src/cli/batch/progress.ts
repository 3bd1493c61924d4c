// Progress on stderr (only when it is a terminal) and the one-line summary at the end.
import type { Writable } from "node:stream";

/** Counts of a run so far. */
export interface Counts {
  records: number;
  failed: number;
  bytes: number;
}

const MB = 1_000_000;

/**
 * A one-line progress bar redrawn at most every `intervalMs`:
 * `[#######.............] 1 234 articles · 5.1/15.4 MB · 0.82 MB/s · 310 articles/s · ETA 13 s`.
 * It draws nothing unless `enabled` (the CLI enables it when stderr is a TTY and --quiet is off).
 */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private drawn = false;

  constructor(
    private readonly out: Writable,
    private readonly enabled: boolean,
    private readonly totalBytes: number | null,
    private readonly intervalMs = 200,
  ) {}

  /** Redraws when due. */
  update(c: Counts): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.out.write(`\r${this.line(c, now)}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the bar (before the summary). */
  clear(): void {
    if (this.drawn) this.out.write("\r\x1b[K");
    this.drawn = false;
  }

  /** The bar's text. */
  line(c: Counts, now = Date.now()): string {
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const rate = c.bytes / secs;
    const parts = [`${c.records} articles${c.failed ? ` (${c.failed} failed)` : ""}`];
    let bar = "";
    if (this.totalBytes) {
      const full = Math.round(Math.min(1, c.bytes / this.totalBytes) * 20);
      bar = `[${"#".repeat(full)}${".".repeat(20 - full)}] `;
      parts.push(`${(c.bytes / MB).toFixed(1)}/${(this.totalBytes / MB).toFixed(1)} MB`);
    } else parts.push(`${(c.bytes / MB).toFixed(1)} MB`);
    parts.push(`${(rate / MB).toFixed(2)} MB/s`, `${Math.round(c.records / secs)} articles/s`);
    if (this.totalBytes && rate > 0) parts.push(`ETA ${formatSecs(Math.max(0, (this.totalBytes - c.bytes) / rate))}`);
    return bar + parts.join(" · ");
  }

  /** The summary: `baochi: 3693 records, 3 failed, 15.4 MB in 12.3 s (1.25 MB/s, 300 records/s)`. */
  summary(c: Counts, note = ""): string {
    const secs = Math.max((Date.now() - this.started) / 1000, 1e-3);
    return (
      `baochi: ${c.records} records, ${c.failed} failed, ${(c.bytes / MB).toFixed(1)} MB in ${secs.toFixed(1)} s ` +
      `(${(c.bytes / MB / secs).toFixed(2)} MB/s, ${Math.round(c.records / secs)} records/s)${note}\n`
    );
  }
}

function formatSecs(s: number): string {
  if (s < 60) return `${Math.ceil(s)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
