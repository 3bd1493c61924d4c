// The throughput chart of the bench report, written by hand (no chart library): MB/s against input
// size on a log axis, with the per-article throughput of each measured set as a dashed line.

const W = 720;
const H = 400;
const M = { top: 56, right: 24, bottom: 56, left: 64 };
const COLORS = ["#d95f02", "#7570b3", "#e7298a", "#66a61e"];

/** @param {string} s */
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** @param {number} bytes */
function sizeLabel(bytes) {
  if (bytes >= 1e6) return `${+(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${+(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** A "nice" step for an axis spanning `max`. */
function niceStep(max) {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

/**
 * @param {{ title: string, subtitle: string, points: { bytes: number, mbPerSecond: number }[],
 *           references: { label: string, mbPerSecond: number }[] }} chart
 * @returns {string}
 */
export function throughputSvg({ title, subtitle, points, references }) {
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const xs = points.map((p) => p.bytes);
  // decades around the sizes (a "1 KB" text of 978 bytes still starts the axis at 1 KB)
  const lo = Math.floor(Math.log10(Math.min(...xs) * 1.1));
  const hi = Math.ceil(Math.log10(Math.max(...xs) / 1.1));
  const ymaxData = Math.max(...points.map((p) => p.mbPerSecond), ...references.map((r) => r.mbPerSecond));
  const step = niceStep(ymaxData * 1.1);
  const ymax = Math.ceil((ymaxData * 1.1) / step) * step;
  const x = (b) => M.left + ((Math.log10(b) - lo) / (hi - lo)) * pw;
  const y = (v) => M.top + ph - (v / ymax) * ph;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${M.left}" y="24" font-size="16" font-weight="600" fill="#222">${esc(title)}</text>`);
  out.push(`<text x="${M.left}" y="42" fill="#555">${esc(subtitle)}</text>`);
  // grid and axes
  for (let v = 0; v <= ymax + 1e-9; v += step) {
    out.push(`<line x1="${M.left}" x2="${M.left + pw}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${M.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#444">${+v.toFixed(2)}</text>`);
  }
  for (let e = lo; e <= hi; e++) {
    const b = 10 ** e;
    out.push(`<line x1="${x(b).toFixed(1)}" x2="${x(b).toFixed(1)}" y1="${M.top}" y2="${M.top + ph}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${x(b).toFixed(1)}" y="${M.top + ph + 18}" text-anchor="middle" fill="#444">${sizeLabel(b)}</text>`);
  }
  out.push(`<line x1="${M.left}" x2="${M.left + pw}" y1="${M.top + ph}" y2="${M.top + ph}" stroke="#333"/>`);
  out.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + ph}" stroke="#333"/>`);
  out.push(`<text x="${M.left + pw / 2}" y="${H - 12}" text-anchor="middle" fill="#222">input size (UTF-8, log scale)</text>`);
  out.push(`<text transform="translate(16 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle" fill="#222">throughput (MB/s, one core)</text>`);
  // reference lines: whole-article throughput of each set
  references.forEach((r, i) => {
    const c = COLORS[(i + 1) % COLORS.length];
    const yy = y(r.mbPerSecond).toFixed(1);
    out.push(`<line x1="${M.left}" x2="${M.left + pw}" y1="${yy}" y2="${yy}" stroke="${c}" stroke-dasharray="6 4" stroke-width="1.5"/>`);
    out.push(`<text x="${M.left + pw - 4}" y="${(y(r.mbPerSecond) - 5).toFixed(1)}" text-anchor="end" fill="${c}">${esc(r.label)}</text>`);
  });
  // the scaling series
  const path = points.map((p, i) => `${i ? "L" : "M"}${x(p.bytes).toFixed(1)} ${y(p.mbPerSecond).toFixed(1)}`).join(" ");
  out.push(`<path d="${path}" fill="none" stroke="${COLORS[0]}" stroke-width="2.5"/>`);
  for (const p of points) {
    out.push(`<circle cx="${x(p.bytes).toFixed(1)}" cy="${y(p.mbPerSecond).toFixed(1)}" r="4" fill="${COLORS[0]}"><title>${sizeLabel(p.bytes)}: ${p.mbPerSecond} MB/s</title></circle>`);
  }
  const last = points.at(-1);
  out.push(`<text x="${(x(last.bytes) - 6).toFixed(1)}" y="${(y(last.mbPerSecond) + 18).toFixed(1)}" text-anchor="end" fill="${COLORS[0]}">one text of the given size</text>`);
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}
