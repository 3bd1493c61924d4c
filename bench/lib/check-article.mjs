// The invariants every Article must keep, whatever extractors ran. Shared by the fuzz and hostile
// suites (test/robustness) and by bench/corpus-check.mjs, so the three check the same thing.
//   - every object holding both `span` and `text` slices to its text: text === article.text.slice(span)
//   - every span (`span`, a figure's `sentence`, each of `mentions`) lies inside article.text, start ≤ end
//   - the article survives JSON (no undefined, NaN, functions or cycles)
//   - no extractor threw (parseArticle turns a throw into an "extractor-failed" warning)

/**
 * @param {unknown} s
 * @returns {s is { start: number, end: number }}
 */
function isSpan(s) {
  return typeof s === "object" && s !== null && typeof (/** @type {any} */ (s).start) === "number" && typeof (/** @type {any} */ (s).end) === "number";
}

/**
 * Problems found in one parsed article; an empty array when it keeps every invariant.
 * @param {{ text: string } & Record<string, unknown>} article
 * @param {{ maxProblems?: number }} [options]
 * @returns {string[]}
 */
export function articleProblems(article, options = {}) {
  const max = options.maxProblems ?? 10;
  /** @type {string[]} */
  const out = [];
  const text = article.text;
  if (typeof text !== "string") return ["article.text is not a string"];
  const n = text.length;
  /** @param {unknown} s @param {string} path */
  const inBounds = (s, path) => {
    if (!isSpan(s)) return out.push(`${path} is not a span: ${short(s)}`);
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > n) {
      out.push(`${path} {start: ${start}, end: ${end}} is outside the text (length ${n})`);
    }
  };
  /** @param {unknown} v @param {string} path */
  const walk = (v, path) => {
    if (out.length >= max || typeof v !== "object" || v === null) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    const o = /** @type {Record<string, unknown>} */ (v);
    if ("span" in o && o.span !== undefined) {
      inBounds(o.span, `${path}.span`);
      if (typeof o.text === "string" && isSpan(o.span) && path !== "article") {
        const slice = text.slice(o.span.start, o.span.end);
        if (slice !== o.text) out.push(`${path}.text ${short(o.text)} !== text.slice(${o.span.start}, ${o.span.end}) ${short(slice)}`);
      }
    }
    if ("sentence" in o && isSpan(o.sentence)) inBounds(o.sentence, `${path}.sentence`);
    if (Array.isArray(o.mentions)) o.mentions.forEach((m, i) => inBounds(m, `${path}.mentions[${i}]`));
    for (const [k, x] of Object.entries(o)) if (k !== "text" && k !== "span" && k !== "mentions") walk(x, `${path}.${k}`);
  };
  walk(article, "article");
  const warnings = /** @type {{ code?: string, message?: string }[] | undefined} */ (article.warnings);
  for (const w of warnings ?? []) if (w.code === "extractor-failed") out.push(`warning: ${w.message}`);
  try {
    const back = JSON.stringify(article);
    if (JSON.parse(back).text !== text) out.push("article.text does not survive JSON");
  } catch (e) {
    out.push(`article is not JSON-serialisable: ${e instanceof Error ? e.message : String(e)}`);
  }
  return out.slice(0, max);
}

/** @param {unknown} v */
function short(v) {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? s.slice(0, 77) + "…" : s;
}
