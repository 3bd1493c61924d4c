// One measurement, in its own process so that its peak memory is its own:
//   node bench/lib/child.mjs '<json task>'  → prints one JSON result on stdout.
// Tasks: { mode: "set" | "steady" | "passes" | "stages" | "scaling" | "vntk", dist, source: { kind: "fixtures" | "corpus", path }, html?, … }
// "passes" with `fields` (e.g. ["figures"]) parses with `options.fields` (only the extractors those
// fields need) and no language check, as `baochi batch --table figures` does.
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { asPage, halves, readFixtures, readCorpus, textOfSize } from "./inputs.mjs";
import { quantile, median, round } from "./stats.mjs";

const task = JSON.parse(process.argv[2]);
const { parseArticle, defaultExtractors, extractorsFor } = await import(pathToFileURL(task.dist).href);
const read = task.source.kind === "fixtures" ? readFixtures(task.source.path) : readCorpus(task.source.path);
// `html`: every article served as a news page (asPage), which parseArticle reads as HTML
const items = task.html ? read.map((it) => ({ id: it.id, text: asPage(it.text) })) : read;
if (items.length === 0) throw new Error(`no articles in ${task.source.path}`);
const MB = 1e6;
const mib = (bytes) => round(bytes / (1 << 20), 1);
const utf8 = (s) => Buffer.byteLength(s, "utf8");

const MEASURES = { set: measureSet, steady: measureSteady, passes: measurePasses, stages: measureStages, scaling: measureScaling, vntk: measureVntk };
const result = MEASURES[task.mode]();
process.stdout.write(JSON.stringify(result) + "\n");

/** Throughput and latency over every article of the set, one thread. */
function measureSet() {
  const rssAfterLoad = process.memoryUsage().rss;
  const chars = items.reduce((s, it) => s + it.text.length, 0);
  const bytes = items.reduce((s, it) => s + utf8(it.text), 0);
  // warm-up: the JIT compiles the patterns on the first articles
  const warm = items.slice(0, Math.min(items.length, 300));
  for (const it of warm) parseArticle(it.text);
  const latencies = [];
  let failed = 0;
  let extractorFailures = 0;
  let passes = 0;
  let elapsed = 0;
  // CPU time too: on a shared machine wall time counts the other processes' turns, CPU time does not
  const cpu0 = process.cpuUsage();
  do {
    for (const it of items) {
      const t0 = performance.now();
      let a;
      try {
        a = parseArticle(it.text);
      } catch {
        failed++;
      }
      const dt = performance.now() - t0;
      elapsed += dt;
      latencies.push(dt);
      if (a) extractorFailures += a.warnings.filter((w) => w.code === "extractor-failed").length;
    }
    passes++;
  } while (elapsed < task.minSeconds * 1000);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort((x, y) => x - y);
  const s = elapsed / 1000;
  return {
    articles: items.length,
    passes,
    chars,
    bytes,
    seconds: round(s, 3),
    mbPerSecond: round((bytes * passes) / MB / s),
    articlesPerSecond: round((items.length * passes) / s, 1),
    cpuSeconds: round(cpuSeconds, 3),
    mbPerCpuSecond: round((bytes * passes) / MB / cpuSeconds),
    msPerArticle: { p50: round(quantile(latencies, 0.5), 3), p90: round(quantile(latencies, 0.9), 3), p99: round(quantile(latencies, 0.99), 3), max: round(latencies.at(-1), 3) },
    failed,
    extractorFailures,
    memoryMiB: { rssAfterLoad: mib(rssAfterLoad), peakRss: mib(process.resourceUsage().maxRSS * 1024) },
  };
}

/**
 * The rate of a long batch, once the JIT has settled: the set is split in two (even and odd
 * articles); the even half is parsed `task.warmPasses` times untimed, then the odd half, which this
 * process has never seen, once, timed. A single pass over a set (measureSet) also pays for the
 * compiler: V8 optimizes a function, meets a case its code was not made for (a rare branch, an
 * object of another shape), drops the code and compiles it again, on a helper thread whose CPU time
 * counts. Over the first few thousand articles that is a third or more of the CPU time.
 */
function measureSteady() {
  const { even: warm, odd: unseen } = halves(items);
  for (let p = 0; p < task.warmPasses; p++) for (const it of warm) parseArticle(it.text);
  const bytes = unseen.reduce((s, it) => s + utf8(it.text), 0);
  const latencies = [];
  let failed = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const it of unseen) {
    const t = performance.now();
    try {
      parseArticle(it.text);
    } catch {
      failed++;
    }
    latencies.push(performance.now() - t);
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort((x, y) => x - y);
  return {
    warmArticles: warm.length,
    warmPasses: task.warmPasses,
    articles: unseen.length,
    bytes,
    seconds: round(s, 3),
    mbPerSecond: round(bytes / MB / s),
    articlesPerSecond: round(unseen.length / s, 1),
    cpuSeconds: round(cpuSeconds, 3),
    mbPerCpuSecond: round(bytes / MB / cpuSeconds),
    msPerArticle: { p50: round(quantile(latencies, 0.5), 3), p90: round(quantile(latencies, 0.9), 3), p99: round(quantile(latencies, 0.99), 3), max: round(latencies.at(-1), 3) },
    failed,
  };
}

/**
 * What the JIT costs: the whole set parsed `task.passes` times in a fresh process, each pass timed on
 * its own, after one article alone (which builds the lexicons, once per process). The bench starts
 * this process with `--single-threaded`, so V8 compiles and collects garbage on the thread that
 * parses: every pass's CPU time holds its own compiling, and the first pass minus the last is what
 * reaching optimized code cost (compiling, and running code that was not yet optimized), measured
 * rather than guessed from helper threads.
 */
function measurePasses() {
  const bytes = items.reduce((s, it) => s + utf8(it.text), 0);
  const options = task.fields ? { fields: task.fields, detectLanguage: false } : undefined;
  // the first article alone first: the lexicons are built on first use, a cost paid once per
  // process, which is not the compiler's
  const setup0 = process.cpuUsage();
  parseArticle(items[0].text, options);
  const setup = process.cpuUsage(setup0);
  const passes = [];
  for (let p = 0; p < task.passes; p++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const it of items) parseArticle(it.text, options);
    const s = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    passes.push({ seconds: round(s, 3), cpuSeconds: round(cpuSeconds, 3), mbPerCpuSecond: round(bytes / MB / cpuSeconds) });
  }
  const first = passes[0].cpuSeconds;
  const last = passes.at(-1).cpuSeconds;
  return { articles: items.length, bytes, ...(task.fields ? { extractors: extractorsFor(task.fields).map((e) => e.name) } : {}), firstArticleCpuSeconds: round((setup.user + setup.system) / 1e6, 3), passes, firstPassExtraCpuSeconds: round(first - last, 3), firstPassExtraShare: round((first - last) / first, 3) };
}

/**
 * Where the time goes: the layout alone (`extractors: []`, no language check), then the language
 * check, then the default extractors added one at a time in their order; each stage's cost is the
 * difference of the least CPU time per pass over a sample (the least: other processes only ever add
 * time). Work that extractors share (the sentences' tokens) counts for the first one that asks for it.
 */
function measureStages() {
  const step = items.length / Math.min(task.articles, items.length);
  const sample = Array.from({ length: Math.min(task.articles, items.length) }, (_, i) => items[Math.floor(i * step)]);
  const bytes = sample.reduce((s, it) => s + utf8(it.text), 0);
  const configs = [
    { stage: "layout (normalize, blocks, byline, sentences)", options: { extractors: [], detectLanguage: false } },
    { stage: "language check", options: { extractors: [] } },
    ...defaultExtractors.map((ex, i) => ({
      stage: defaultExtractors.slice(0, i).some((e) => e.name === ex.name) ? `${ex.name} (second pass)` : ex.name,
      options: { extractors: defaultExtractors.slice(0, i + 1) },
    })),
  ];
  for (let p = 0; p < 2; p++) for (const c of configs) for (const it of sample) parseArticle(it.text, c.options);
  const times = configs.map(() => []);
  // forward on even rounds, backward on odd ones: a configuration does not always follow the same
  // one (and pay for its garbage)
  for (let r = 0; r < task.rounds; r++) {
    for (let j = 0; j < configs.length; j++) {
      const k = r % 2 === 0 ? j : configs.length - 1 - j;
      const c0 = process.cpuUsage();
      for (const it of sample) parseArticle(it.text, configs[k].options);
      const d = process.cpuUsage(c0);
      times[k].push((d.user + d.system) / 1e3);
    }
  }
  const cumulative = times.map((t) => Math.min(...t));
  const nsPerByte = (ms) => (ms * 1e6) / bytes;
  return {
    articles: sample.length,
    bytes,
    rounds: task.rounds,
    totalNsPerByte: round(nsPerByte(cumulative.at(-1)), 1),
    stages: configs.map((c, k) => ({ stage: c.stage, nsPerByte: round(nsPerByte(cumulative[k] - (k ? cumulative[k - 1] : 0)), 1) })),
  };
}

/** Time against input size, 1 KB to 10 MB: texts made by joining the set's articles. */
function measureScaling() {
  const points = [];
  parseArticle(textOfSize(items, 64_000)); // warm-up
  for (const size of task.sizes) {
    const text = textOfSize(items, size);
    const times = [];
    let total = 0;
    do {
      const t0 = performance.now();
      parseArticle(text);
      const dt = performance.now() - t0;
      times.push(dt);
      total += dt;
    } while ((total < 1000 || times.length < 2) && times.length < 200);
    const ms = median(times);
    const bytes = utf8(text);
    points.push({ bytes, chars: text.length, runs: times.length, ms: round(ms, 3), mbPerSecond: round(bytes / MB / (ms / 1000)) });
  }
  return { points, memoryMiB: { peakRss: mib(process.resourceUsage().maxRSS * 1024) } };
}

/** vntk's NER and baochi over the same sample, sentence by sentence for vntk, as chars/s. */
function measureVntk() {
  const require = createRequire(pathToFileURL(task.root + "/package.json"));
  let ner;
  const t0 = performance.now();
  try {
    // vntk's index also loads fastText, whose addon may not be built; the NER module alone suffices
    ner = require("vntk/lib/ner");
  } catch (e) {
    return { available: false, reason: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
  const loadMs = performance.now() - t0;
  let pkgVersion = null;
  try {
    pkgVersion = require("vntk/package.json").version;
  } catch {}
  // an even sample across the set
  const step = items.length / Math.min(task.articles, items.length);
  const sample = Array.from({ length: Math.min(task.articles, items.length) }, (_, i) => items[Math.floor(i * step)]);
  const done = [];
  let vntkMs = 0;
  let vntkChars = 0;
  const sentencesOf = (text) => text.split("\n").flatMap((l) => l.split(/(?<=[.!?…])\s+(?=\p{Lu})/u)).filter((s) => s.trim());
  // both tools are timed warm: vntk tags the first article once untimed (its JIT compiles the
  // tagger's JavaScript), baochi runs untimed rounds below
  for (const s of sentencesOf(sample[0].text)) ner.tag(s);
  for (const it of sample) {
    const pieces = sentencesOf(it.text);
    const t = performance.now();
    for (const s of pieces) ner.tag(s);
    vntkMs += performance.now() - t;
    vntkChars += it.text.length;
    done.push(it);
    if (vntkMs > task.budgetSeconds * 1000) break;
  }
  let baochiMs = 0;
  let rounds = 0;
  // the same warm-up as the throughput run (the first 300 articles of the set), then untimed rounds
  // over the sample for 2 s: with 300 articles alone the compiler was still at work in the timed
  // rounds of a sample this small (measured: the rate rose by half in a second measurement); then
  // timed rounds over the sample for at least 2 s
  for (const it of items.slice(0, 300)) parseArticle(it.text);
  for (const t0 = performance.now(); performance.now() - t0 < 2000; ) for (const it of done) parseArticle(it.text);
  do {
    const t = performance.now();
    for (const it of done) parseArticle(it.text);
    baochiMs += performance.now() - t;
    rounds++;
  } while (baochiMs < 2000);
  const vntkCps = vntkChars / (vntkMs / 1000);
  const baochiCps = (vntkChars * rounds) / (baochiMs / 1000);
  return {
    available: true,
    version: pkgVersion,
    articles: done.length,
    chars: vntkChars,
    loadMs: round(loadMs, 0),
    vntk: { seconds: round(vntkMs / 1000, 2), charsPerSecond: round(vntkCps, 0) },
    baochi: { seconds: round(baochiMs / 1000 / rounds, 4), charsPerSecond: round(baochiCps, 0) },
    ratio: round(baochiCps / vntkCps, 0),
  };
}
