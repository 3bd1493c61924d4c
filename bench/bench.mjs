#!/usr/bin/env node
// npm run bench — throughput, latency and memory of parseArticle, a 1 KB–10 MB scaling run, and
// vntk's NER on the same texts when vntk is installed. See bench/README.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { linearFit, round } from "./lib/stats.mjs";
import { throughputSvg } from "./lib/svg.mjs";
import { readCompilerTrace } from "./lib/compiler-trace.mjs";
import { ROOT, readOptions, rel } from "./lib/cli.mjs";

const USAGE = `usage: npm run bench -- [--corpus PATH]… [--fixtures DIR] [--out DIR] [--publish]
                        [--no-vntk] [--vntk-articles N] [--vntk-budget SECONDS]
                        [--scaling-max BYTES] [--min-seconds S] [--quick]
  --corpus PATH      a folder of JSONL files, a JSONL file ({"id","text"} lines) or a .txt; repeatable
  --fixtures DIR     the fixtures folder (default fixtures/); every .txt under it is one article
  --out DIR          where report.json and throughput.svg go (default bench/out/)
  --publish          also write bench/report.json and bench/throughput.svg (the README's copies)
  --no-vntk          skip the vntk comparison
  --vntk-articles N  articles in the vntk sample (default 20); --vntk-budget caps its time (default 120 s)
  --scaling-max B    largest text of the scaling run in bytes (default 10000000)
  --min-seconds S    measure each set at least this long (default 3)
  --quick            scaling to 1 MB, no vntk, 1 s per set
  --dist FILE        the build to measure (default dist/index.js), e.g. a copy of an older build`;

const args = readOptions("bench", USAGE, {
  corpus: { type: "string", multiple: true, default: [] },
  fixtures: { type: "string", default: join(ROOT, "fixtures") },
  out: { type: "string", default: join(ROOT, "bench", "out") },
  publish: { type: "boolean", default: false },
  "no-vntk": { type: "boolean", default: false },
  "vntk-articles": { type: "string", default: "20" },
  "vntk-budget": { type: "string", default: "120" },
  "scaling-max": { type: "string", default: "10000000" },
  "min-seconds": { type: "string", default: "3" },
  quick: { type: "boolean", default: false },
  dist: { type: "string", default: join(ROOT, "dist", "index.js") },
});

const dist = resolve(args.dist);
if (!existsSync(dist)) {
  console.error(`bench: ${rel(dist)} is missing; run \`npm run build\` (npm run bench does it for you)`);
  process.exit(2);
}
const quick = args.quick;
const minSeconds = quick ? 1 : Number(args["min-seconds"]);
const scalingMax = quick ? 1e6 : Number(args["scaling-max"]);
// the steady-state run needs a set large enough to split in two halves of a few hundred articles
const STEADY_MIN_ARTICLES = 400;
const STEADY_WARM_PASSES = 2;
// the stage-by-stage run: a sample of the largest set, each configuration timed this many rounds
const STAGE_ARTICLES = 400;
const STAGE_ROUNDS = 7;
// the JIT run: passes over the largest set in one process
const JIT_PASSES = 3;
// the tables (`baochi batch --table NAME`): passes over the largest set, each table in its own process;
// a table of one field parses only for the field of its name (the articles table: every field)
const TABLES = ["articles", "dates", "documents", "figures", "locations", "people", "quotes"];
const TABLE_PASSES = 4;
const SIZES = [1e3, 3e3, 1e4, 3e4, 1e5, 3e5, 1e6, 3e6, 1e7].filter((s) => s <= scalingMax);

/**
 * @param {object} task
 * @param {string[]} [nodeFlags] flags for the measuring process's node
 */
function child(task, nodeFlags = []) {
  return JSON.parse(childOutput(task, nodeFlags).trim().split("\n").at(-1));
}

/**
 * The whole standard output of a measuring process: its result is the last line, and V8's traces,
 * when its flags ask for them, come before.
 * @param {object} task
 * @param {string[]} [nodeFlags]
 */
function childOutput(task, nodeFlags = []) {
  let out;
  try {
    out = execFileSync(process.execPath, [...nodeFlags, join(ROOT, "bench", "lib", "child.mjs"), JSON.stringify({ dist, root: ROOT, ...task })], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
      stdio: ["ignore", "pipe", "inherit"],
    });
  } catch {
    console.error(`bench: the ${task.mode} measurement failed (its error is above)`);
    process.exit(1);
  }
  return out;
}

const sources = [];
if (existsSync(args.fixtures)) sources.push({ name: "fixtures", kind: "fixtures", path: resolve(args.fixtures) });
for (const c of args.corpus) {
  if (!existsSync(c)) {
    console.error(`bench: --corpus ${c}: no such file or folder`);
    process.exit(2);
  }
  sources.push({ name: rel(c), kind: "corpus", path: resolve(c) });
}
if (sources.length === 0) {
  console.error(`bench: nothing to measure: ${args.fixtures} does not exist and no --corpus was given`);
  process.exit(2);
}

const log = (s) => process.stderr.write(s + "\n");
const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const report = {
  tool: "baochi bench",
  baochi: version,
  date: new Date().toISOString(),
  machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpu: cpus()[0]?.model?.trim() ?? "unknown", cores: cpus().length, loadAverageAtStart: round(loadavg()[0], 2) },
  notes: "One thread (MB/s per core). MB = 10^6 bytes of UTF-8. Latency percentiles are per article over every pass.",
  sets: [],
  html: null,
  passes: null,
  tables: null,
  stages: null,
  scaling: null,
  vntk: null,
};

// 1. throughput and latency per set
for (const s of sources) {
  log(`bench: ${s.name} …`);
  const r = child({ mode: "set", source: s, minSeconds });
  log(
    `  ${r.articles} articles, ${(r.bytes / 1e6).toFixed(2)} MB × ${r.passes}: ${r.mbPerSecond} MB/s (${r.mbPerCpuSecond} per CPU second), ${r.articlesPerSecond} articles/s, ` +
      `p50 ${r.msPerArticle.p50} ms, p99 ${r.msPerArticle.p99} ms, peak RSS ${r.memoryMiB.peakRss} MiB` +
      (r.failed || r.extractorFailures ? `, ${r.failed} threw, ${r.extractorFailures} extractor failures` : ""),
  );
  // a long batch, once the JIT has settled: half the set warms up, the other half is timed
  let steady = null;
  if (!quick && r.articles >= STEADY_MIN_ARTICLES) {
    steady = child({ mode: "steady", source: s, warmPasses: STEADY_WARM_PASSES });
    log(
      `  steady state (${steady.warmArticles} articles × ${steady.warmPasses} untimed, then ${steady.articles} unseen): ${steady.mbPerSecond} MB/s (${steady.mbPerCpuSecond} per CPU second), ` +
        `${steady.articlesPerSecond} articles/s, p50 ${steady.msPerArticle.p50} ms, p99 ${steady.msPerArticle.p99} ms`,
    );
  }
  report.sets.push({ name: s.name, path: rel(s.path), ...r, steady });
}

// the largest set: the corpus when given
const big = [...sources].sort((a, b) => (a.kind === "corpus" ? -1 : 1) - (b.kind === "corpus" ? -1 : 1))[0];

// 1a. HTML input: the largest set's articles served as news pages (bench/lib/inputs.mjs asPage), read
// as HTML; MB are the pages' bytes, markup included
{
  log(`bench: ${big.name} as HTML pages …`);
  const r = child({ mode: "set", source: big, minSeconds, html: true });
  const textBytes = report.sets.find((x) => x.name === big.name)?.bytes ?? null;
  report.html = { source: big.name, ...r, textBytes };
  log(
    `  ${r.articles} pages, ${(r.bytes / 1e6).toFixed(2)} MB of HTML × ${r.passes}: ${r.mbPerSecond} MB/s (${r.mbPerCpuSecond} per CPU second), ${r.articlesPerSecond} pages/s, ` +
      `p50 ${r.msPerArticle.p50} ms, p99 ${r.msPerArticle.p99} ms, peak RSS ${r.memoryMiB.peakRss} MiB` + (r.failed ? `, ${r.failed} threw` : ""),
  );
}

// 2. what the JIT costs: the largest set parsed JIT_PASSES times in a fresh process, with V8's compiler
// and garbage collector on the parsing thread (--single-threaded), each pass's CPU time on its own
if (!quick) {
  log(`bench: ${JIT_PASSES} passes over ${big.name} in one fresh process, node --single-threaded …`);
  const jp = child({ mode: "passes", source: big, passes: JIT_PASSES }, ["--single-threaded"]);
  report.passes = { source: big.name, nodeFlags: ["--single-threaded"], ...jp };
  log(`  the first article alone (the lexicons are built on first use): ${jp.firstArticleCpuSeconds} CPU s`);
  jp.passes.forEach((p, i) => log(`  pass ${i + 1}: ${p.cpuSeconds} CPU s, ${p.mbPerCpuSecond} MB per CPU second`));
  log(`  the first pass's extra CPU time over the last: ${jp.firstPassExtraCpuSeconds} s (${Math.round(100 * jp.firstPassExtraShare)} % of the first pass)`);
}

// 2a. the tables: `baochi batch --table figures` parses with only the extractors its field needs
// (options.fields, extractorsFor) and no language check. Each table in a fresh process with --single-threaded, as
// above: the first pass (compiling included; one sample) and the best of the later ones (warm; the
// best, because other processes only ever add time), the articles table measured the same way
if (!quick) {
  log(`bench: the tables, ${TABLE_PASSES} passes over ${big.name} each (options.fields, node --single-threaded) …`);
  report.tables = { source: big.name, nodeFlags: ["--single-threaded"], passes: TABLE_PASSES, tables: [] };
  for (const table of TABLES) {
    const t = child({ mode: "passes", source: big, passes: TABLE_PASSES, ...(table === "articles" ? {} : { fields: [table] }) }, ["--single-threaded"]);
    const warm = t.passes.slice(1).reduce((a, b) => (b.cpuSeconds < a.cpuSeconds ? b : a));
    const row = { table, extractors: t.extractors ?? null, firstArticleCpuSeconds: t.firstArticleCpuSeconds, firstPass: t.passes[0], warm, passes: t.passes };
    report.tables.tables.push(row);
    log(`  --table ${table.padEnd(9)} ${`(${t.extractors?.join(", ") ?? "every extractor, language check"})`.padEnd(62)} pass 1 ${row.firstPass.mbPerCpuSecond}, warm ${warm.mbPerCpuSecond} MB per CPU second`);
  }
}

// 2b. what the first pass compiles: the same pass once more with V8's optimization and
// deoptimization traces, read for the optimizing compiles, the recompiles after a deoptimization,
// the compiler's own time, and why optimized code was dropped
if (!quick) {
  log(`bench: the optimizing compiler over one pass of ${big.name} (node --single-threaded --trace-opt --trace-deopt) …`);
  const trace = childOutput({ mode: "passes", source: big, passes: 1 }, ["--single-threaded", "--trace-opt", "--trace-deopt"]);
  const jc = readCompilerTrace(trace);
  report.compiler = { source: big.name, nodeFlags: ["--single-threaded", "--trace-opt", "--trace-deopt"], ...jc };
  log(`  ${jc.compiles} optimizing compiles of ${jc.functions} functions, ${jc.recompiles} of them again after a deoptimization; compiler time ${jc.compilerSeconds.toFixed(2)} s (recompiles ${jc.recompileSeconds.toFixed(2)} s)`);
  log(`  ${jc.deopts} deoptimizations: ${jc.deoptReasons.map((r) => `${r.reason} ${r.count}`).join(", ")}`);
}

// 2c. where the time goes, stage by stage, against the budget of the 10 MB/s goal (100 ns a byte)
if (!quick) {
  log(`bench: stages (${STAGE_ARTICLES} articles of ${big.name}, least of ${STAGE_ROUNDS} rounds) …`);
  const st = child({ mode: "stages", source: big, articles: STAGE_ARTICLES, rounds: STAGE_ROUNDS });
  report.stages = { source: big.name, ...st };
  for (const x of st.stages) log(`  ${x.stage.padEnd(48)} ${String(x.nsPerByte).padStart(7)} ns/byte`);
  log(`  ${"total".padEnd(48)} ${String(st.totalNsPerByte).padStart(7)} ns/byte = ${round(1e3 / st.totalNsPerByte)} MB per CPU second`);
}

// 3. scaling: one text of each size, from the largest set
log(`bench: scaling ${SIZES.map((b) => (b >= 1e6 ? `${b / 1e6} MB` : `${b / 1e3} KB`)).join(", ")} (texts from ${big.name}) …`);
const sc = child({ mode: "scaling", source: big, sizes: SIZES });
const large = sc.points.filter((p) => p.bytes >= 1e5);
const logFit = linearFit(large.map((p) => Math.log(p.bytes)), large.map((p) => Math.log(p.ms)));
const linFit = linearFit(sc.points.map((p) => p.bytes / 1e6), sc.points.map((p) => p.ms));
report.scaling = {
  source: big.name,
  points: sc.points,
  // time ∝ size^exponent over the texts of 100 KB and more: 1 is linear, 2 quadratic
  exponent: round(logFit.slope, 3),
  exponentR2: round(logFit.r2, 4),
  // time = intercept + slope × MB over every size
  linear: { msPerMB: round(linFit.slope, 1), interceptMs: round(linFit.intercept, 1), r2: round(linFit.r2, 4) },
  peakRssMiB: sc.memoryMiB.peakRss,
};
for (const p of sc.points) log(`  ${String(p.bytes).padStart(9)} B: ${String(p.ms).padStart(10)} ms  ${p.mbPerSecond} MB/s (${p.runs} runs)`);
log(`  time ∝ size^${report.scaling.exponent} (R² ${report.scaling.exponentR2}, ≥ 100 KB); ${report.scaling.linear.msPerMB} ms per MB (R² ${report.scaling.linear.r2}); peak RSS ${sc.memoryMiB.peakRss} MiB`);

// 4. vntk's NER on a sample, when installed
if (!quick && !args["no-vntk"]) {
  log(`bench: vntk NER on ${args["vntk-articles"]} articles of ${big.name} (at most ${args["vntk-budget"]} s) …`);
  const v = child({ mode: "vntk", source: big, articles: Number(args["vntk-articles"]), budgetSeconds: Number(args["vntk-budget"]) });
  report.vntk = v;
  if (v.available) log(`  vntk ${v.vntk.charsPerSecond} chars/s, baochi ${v.baochi.charsPerSecond} chars/s on the same ${v.articles} articles: ×${v.ratio}`);
  else log(`  vntk not available: ${v.reason}`);
}

// 5. the report and the chart
const svg = throughputSvg({
  title: `baochi ${version}: throughput against input size`,
  subtitle: `${report.machine.cpu}, Node ${process.version}, one thread · time ∝ size^${report.scaling.exponent} from 100 KB`,
  points: sc.points,
  references: report.sets.map((s) => ({ label: `${s.name}: ${s.mbPerSecond} MB/s per article (p50 ${s.msPerArticle.p50} ms)`, mbPerSecond: s.mbPerSecond })),
});
report.machine.loadAverageAtEnd = round(loadavg()[0], 2);
if (report.machine.loadAverageAtStart > report.machine.cores || report.machine.loadAverageAtEnd > report.machine.cores) {
  log(`bench: warning: the machine was busy (load average ${report.machine.loadAverageAtStart} → ${report.machine.loadAverageAtEnd} on ${report.machine.cores} cores); these numbers are low`);
}
mkdirSync(args.out, { recursive: true });
const json = JSON.stringify(report, null, 2) + "\n";
writeFileSync(join(args.out, "report.json"), json);
writeFileSync(join(args.out, "throughput.svg"), svg);
log(`bench: wrote ${rel(join(args.out, "report.json"))} and ${rel(join(args.out, "throughput.svg"))}`);
if (args.publish) {
  writeFileSync(join(ROOT, "bench", "report.json"), json);
  writeFileSync(join(ROOT, "bench", "throughput.svg"), svg);
  const readme = join(ROOT, "bench", "README.md");
  const text = readFileSync(readme, "utf8");
  const marked = /<!-- RESULTS -->[\s\S]*?<!-- \/RESULTS -->|<!-- RESULTS -->/;
  if (marked.test(text)) writeFileSync(readme, text.replace(marked, `<!-- RESULTS -->\n${resultsMarkdown(report)}<!-- /RESULTS -->`));
  log("bench: published bench/report.json, bench/throughput.svg and the results in bench/README.md");
}

/** The results as the Markdown that bench/README.md shows between its RESULTS markers. */
function resultsMarkdown(r) {
  const lines = [];
  lines.push(`Measured ${r.date.slice(0, 10)} with \`npm run bench -- ${process.argv.slice(2).filter((a) => a !== "--publish").join(" ")}\` on ${r.machine.cpu} (${r.machine.cores} cores, load average ${r.machine.loadAverageAtStart} at the start), Node ${r.machine.node}, baochi ${r.baochi}, one thread.`, "");
  lines.push("| set | articles | MB | MB/s (one core, wall) | MB per CPU second | articles/s | p50 ms | p99 ms | peak RSS MiB |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const s of r.sets) {
    lines.push(`| ${s.name} | ${s.articles} | ${(s.bytes / 1e6).toFixed(1)} | ${s.mbPerSecond} | ${s.mbPerCpuSecond} | ${s.articlesPerSecond} | ${s.msPerArticle.p50} | ${s.msPerArticle.p99} | ${s.memoryMiB.peakRss} |`);
  }
  const steady = r.sets.filter((s) => s.steady);
  if (steady.length) {
    lines.push("", "Long batches, once the JIT has settled (half the set parsed twice untimed, then the other half, unseen, timed once):", "");
    lines.push("| set | unseen articles | MB/s (one core, wall) | MB per CPU second | articles/s | p50 ms | p99 ms |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const s of steady) {
      const t = s.steady;
      lines.push(`| ${s.name} | ${t.articles} | ${t.mbPerSecond} | ${t.mbPerCpuSecond} | ${t.articlesPerSecond} | ${t.msPerArticle.p50} | ${t.msPerArticle.p99} |`);
    }
  }
  if (r.html) {
    const h = r.html;
    lines.push(
      "",
      `HTML input: the ${h.articles} articles of ${h.source} served as news pages (\`bench/lib/inputs.mjs\` asPage: the same page furniture around each article's text; ${(h.bytes / 1e6).toFixed(1)} MB of HTML for ${h.textBytes ? (h.textBytes / 1e6).toFixed(1) : "?"} MB of text), read by \`parseArticle\` as HTML: ${h.mbPerSecond} MB of HTML per second on one core (${h.mbPerCpuSecond} per CPU second), ${h.articlesPerSecond} pages/s, p50 ${h.msPerArticle.p50} ms, p99 ${h.msPerArticle.p99} ms, peak RSS ${h.memoryMiB.peakRss} MiB.`,
    );
  }
  lines.push(
    "",
    "Wall-clock figures count the time other processes held the CPU; on a busy machine (load average above the core count) the CPU-second figure is the one to compare. " +
      "CPU seconds also count V8's compiler thread: in a single pass over a few thousand articles it keeps re-optimizing functions as new articles reach branches and shapes it had not seen, which is why the first table's CPU figure is lower than its wall figure and lower than the steady state.",
  );
  if (r.passes) {
    const jp = r.passes;
    lines.push("", `What the JIT costs (${jp.articles} articles of ${jp.source}, ${jp.passes.length} passes in one fresh process run with \`node --single-threaded\`, so that V8's compiling and garbage collection count on the parsing thread; before them, the first article alone, which builds the lexicons, took ${jp.firstArticleCpuSeconds} CPU seconds): the first pass took ${jp.firstPassExtraCpuSeconds} CPU seconds more than the last, ${Math.round(100 * jp.firstPassExtraShare)} % of its time, for compiling and for running code not yet optimized.`, "");
    lines.push("| pass | CPU seconds | MB per CPU second |", "| ---: | ---: | ---: |");
    jp.passes.forEach((p, i) => lines.push(`| ${i + 1} | ${p.cpuSeconds} | ${p.mbPerCpuSecond} |`));
  }
  if (r.tables) {
    lines.push("", `The tables (\`baochi batch --table NAME\`; a table of one field runs only the extractors its field needs, with no language check, and its rows are a full parse's): ${r.tables.passes} passes over ${r.tables.source}, each table in a fresh process with \`node --single-threaded\`; pass 1 includes compiling, warm is the best of the later passes.`, "");
    lines.push("| table | extractors run | pass 1, MB per CPU second | warm, MB per CPU second |", "| --- | --- | ---: | ---: |");
    for (const t of r.tables.tables) lines.push(`| ${t.table} | ${t.extractors?.join(", ") ?? "all, and the language check"} | ${t.firstPass.mbPerCpuSecond} | ${t.warm.mbPerCpuSecond} |`);
  }
  if (r.compiler) {
    const c = r.compiler;
    const top = c.deoptReasons.slice(0, 4).map((x) => `${x.reason} ${x.count}`).join(", ");
    lines.push("", `What the first pass compiles (the same pass in another fresh process, with \`node --single-threaded --trace-opt --trace-deopt\`, whose lines the bench reads): ${c.compiles} optimizing compiles of ${c.functions} functions, ${c.recompiles} of them compiled again after V8 dropped their optimized code. The optimizing compiler's own time is ${c.compilerSeconds.toFixed(2)} CPU seconds, ${c.recompileSeconds.toFixed(2)} of them recompiles. ${c.deopts} deoptimizations (${top}).`);
  }
  if (r.stages) {
    const st = r.stages;
    lines.push("", `Where the time goes (${st.articles} articles of ${st.source}; each stage's CPU time per pass, the least of ${st.rounds} rounds, as the difference from the stage before; work that extractors share counts for the first one that asks for it). The goal of 10 MB per CPU second is 100 ns a byte in all:`, "");
    lines.push("| stage | ns per byte | share |", "| --- | ---: | ---: |");
    for (const x of st.stages) lines.push(`| ${x.stage} | ${x.nsPerByte} | ${Math.round((100 * x.nsPerByte) / st.totalNsPerByte)} % |`);
    lines.push(`| **total** | **${st.totalNsPerByte}** | 100 % |`);
  }
  const sc = r.scaling;
  lines.push("", `Scaling (one text of each size, from ${sc.source}): time ∝ size^${sc.exponent} from 100 KB up (R² ${sc.exponentR2}); ${sc.linear.msPerMB} ms per MB over all sizes (R² ${sc.linear.r2}); peak RSS ${sc.peakRssMiB} MiB (the process holding the largest text).`, "");
  lines.push("| size | ms | MB/s |", "| ---: | ---: | ---: |");
  for (const p of sc.points) lines.push(`| ${p.bytes >= 0.99e6 ? (p.bytes / 1e6).toFixed(1) + " MB" : (p.bytes / 1e3).toFixed(0) + " KB"} | ${p.ms} | ${p.mbPerSecond} |`);
  if (r.vntk?.available) {
    const v = r.vntk;
    lines.push("", `vntk ${v.version} NER on the same ${v.articles} articles (${v.chars} characters): ${v.vntk.charsPerSecond} characters/s against baochi's ${v.baochi.charsPerSecond}: baochi is **×${v.ratio}** faster, while doing more than NER (layout, figures, documents, dates, quotes). vntk's model load (${v.loadMs} ms) is not counted.`);
  } else if (r.vntk) {
    lines.push("", `vntk: not measured (${r.vntk.reason}).`);
  }
  return lines.join("\n") + "\n";
}
