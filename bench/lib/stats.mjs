// Small statistics for the bench report.

/**
 * The q-quantile (0–1) of sorted numbers, nearest-rank.
 * @param {number[]} sorted
 * @param {number} q
 */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** @param {number[]} xs */
export function median(xs) {
  return quantile([...xs].sort((a, b) => a - b), 0.5);
}

/**
 * Least squares y = a + b·x with R².
 * @param {number[]} xs
 * @param {number[]} ys
 */
export function linearFit(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  return { intercept: a, slope: b, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

/** @param {number} x @param {number} [digits] */
export const round = (x, digits = 2) => Number(x.toFixed(digits));
