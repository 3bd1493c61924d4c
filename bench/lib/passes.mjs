// The work one instruction count measures: node bench/lib/passes.mjs DIST CORPUS PLAN [FIELDS]
// PLAN is a list of steps "all:N", "even:N" or "odd:N" joined by commas: N passes of parseArticle over
// every article of the corpus, or over its even- or odd-numbered ones (the halves of the bench's
// steady state). An empty plan only loads the build and reads the corpus. FIELDS, Article fields
// joined by commas, parses with `{ fields, detectLanguage: false }`, as `baochi batch --table` does
// for a table of one field. bench/instructions.mjs runs this under cachegrind.
import { pathToFileURL } from "node:url";
import { halves, readCorpus } from "./inputs.mjs";

const [dist, corpus, plan = "", fields = ""] = process.argv.slice(2);
const options = fields ? { fields: fields.split(","), detectLanguage: false } : undefined;
const { parseArticle } = await import(pathToFileURL(dist).href);
const items = readCorpus(corpus);
const sets = { all: items, ...halves(items) };
for (const step of plan.split(",").filter(Boolean)) {
  const [which, n] = step.split(":");
  const set = sets[which];
  if (!set || !/^\d+$/.test(n ?? "")) throw new Error(`bad step ${JSON.stringify(step)}: want all:N, even:N or odd:N`);
  for (let p = 0; p < Number(n); p++) for (const it of set) parseArticle(it.text, options);
}
