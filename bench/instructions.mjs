#!/usr/bin/env node
// node bench/instructions.mjs --corpus PATH [--dist FILE]… [--unseen]
// The instructions and simulated cache misses of whole corpus passes, counted by valgrind's
// cachegrind (`node --single-threaded --predictable-gc-schedule`, so V8's compiler and garbage
// collector count too). On a shared virtual machine CPU seconds move by 30 % between runs; these
// counts moved by 0.1–0.55 %, so they tell two builds apart where timing cannot. Slow: a corpus pass of a few seconds takes
// minutes under valgrind. See bench/README.md.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { countsMinus, readCachegrindSummary } from "./lib/cachegrind.mjs";
import { ROOT, readOptions, rel } from "./lib/cli.mjs";

const USAGE = `usage: node bench/instructions.mjs --corpus PATH [--dist FILE]… [--unseen] [--fields LIST] [--jobs N] [--out DIR]
  --corpus PATH  a folder of JSONL files, a JSONL file or a .txt (as for npm run bench)
  --dist FILE    a build to count (default dist/index.js); repeat to compare builds, the first is the base
  --unseen       also count a pass over unseen articles: the even half parsed twice, then the odd half
                 once (unseen) and once more (seen)
  --fields LIST  parse only these Article fields (e.g. figures), as baochi batch --table figures does
  --jobs N       cachegrind runs at a time (default: the number of cores)
  --out DIR      where instructions.json goes (default bench/out/)
Needs valgrind (https://valgrind.org), e.g. apt-get install valgrind.`;

const args = readOptions("instructions", USAGE, {
  corpus: { type: "string" },
  dist: { type: "string", multiple: true, default: [] },
  unseen: { type: "boolean", default: false },
  fields: { type: "string" },
  jobs: { type: "string", default: String(cpus().length) },
  out: { type: "string", default: join(ROOT, "bench", "out") },
});
const fail = (msg) => {
  console.error(`instructions: ${msg}`);
  process.exit(2);
};
if (!args.corpus) fail(`--corpus is required\n${USAGE}`);
if (!existsSync(args.corpus)) fail(`--corpus ${args.corpus}: no such file or folder`);
const dists = (args.dist.length ? args.dist : [join(ROOT, "dist", "index.js")]).map((d) => resolve(d));
for (const d of dists) if (!existsSync(d)) fail(`${rel(d)} is missing; run \`npm run build\``);
const jobs = Math.max(1, Number(args.jobs) || 1);
if (args.fields) {
  // the build says which names are fields (extractorsFor refuses the others), before any valgrind run
  const { extractorsFor } = await import(pathToFileURL(dists[0]).href);
  try {
    extractorsFor(args.fields.split(","));
  } catch (e) {
    fail(`--fields: ${e instanceof Error ? e.message : e}`);
  }
}
try {
  execFileSync("valgrind", ["--version"], { stdio: "ignore" });
} catch {
  fail("valgrind is not installed (e.g. apt-get install valgrind)");
}

const NODE_FLAGS = ["--single-threaded", "--predictable-gc-schedule"];

// the runs each build needs: their plans (bench/lib/passes.mjs) and what their differences measure
const PLANS = { load: "", pass1: "all:1", pass2: "all:2" };
const UNSEEN_PLANS = { warmed: "even:2", unseen: "even:2,odd:1", seenAgain: "even:2,odd:2" };
const plans = { ...PLANS, ...(args.unseen ? UNSEEN_PLANS : {}) };

/** One cachegrind run of `plan` on build `dist`. */
function count(dist, plan) {
  // --predictable-gc-schedule: V8's heap growing and its memory reducer go by the clock (a mutator
  // that allocates few bytes a millisecond is taken to be idle and collected), and valgrind slows
  // the clock fifty-fold, and more when runs share the cores: the same build counted 36.6 G and
  // 41.4 G instructions for a first pass without it. With it the collections come at fixed heap sizes.
  const argv = ["--tool=cachegrind", "--cache-sim=yes", "--cachegrind-out-file=/dev/null", process.execPath, ...NODE_FLAGS];
  argv.push(join(ROOT, "bench", "lib", "passes.mjs"), dist, resolve(args.corpus), plan, ...(args.fields ? [args.fields] : []));
  return new Promise((done, reject) => {
    const p = spawn("valgrind", argv, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    p.stderr.on("data", (d) => (err += d));
    p.on("close", (code, signal) => {
      if (code !== 0) return reject(new Error(`valgrind … ${rel(dist)} ${plan || "(load only)"} ${signal ? `was killed (${signal})` : `exited with ${code}`}:\n${err.slice(-2000)}`));
      try {
        done(readCachegrindSummary(err));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** Runs the tasks `jobs` at a time, in order of the list. */
async function pool(tasks) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return results;
}

const log = (s) => process.stderr.write(s + "\n");
log(`instructions: ${dists.length} build(s) × ${Object.keys(plans).length} cachegrind runs of ${rel(args.corpus)}${args.fields ? ` (fields: ${args.fields})` : ""}, ${jobs} at a time (minutes each) …`);
const tasks = dists.flatMap((d) =>
  Object.entries(plans).map(([name, plan]) => async () => {
    const c = await count(d, plan);
    log(`  ${rel(d)} ${name}: ${c.instructions.toLocaleString("en")} instructions`);
    return { dist: d, name, counts: c };
  }),
);
let runs;
try {
  runs = await pool(tasks);
} catch (e) {
  console.error(`instructions: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

const builds = dists.map((d) => {
  const r = Object.fromEntries(runs.filter((x) => x.dist === d).map((x) => [x.name, x.counts]));
  const measures = {
    "load and read the corpus": r.load,
    "first pass": countsMinus(r.pass1, r.load),
    "second pass": countsMinus(r.pass2, r.pass1),
  };
  if (args.unseen) {
    measures["unseen half, after two passes over the other"] = countsMinus(r.unseen, r.warmed);
    measures["the same half again"] = countsMinus(r.seenAgain, r.unseen);
  }
  return { dist: rel(d), measures };
});

const g = (n) => (n === null ? "–" : (n / 1e9).toFixed(3));
const m = (n) => (n === null ? "–" : (n / 1e6).toFixed(1));
const change = (a, b) => (a && b ? `${(((b - a) / a) * 100).toFixed(2)} %` : "");
const lines = [`| build | measure | G instructions | M D1 misses | M LL misses |${dists.length > 1 ? " instructions vs the first build |" : ""}`];
lines.push(`| --- | --- | ---: | ---: | ---: |${dists.length > 1 ? " ---: |" : ""}`);
for (const b of builds) {
  for (const [name, c] of Object.entries(b.measures)) {
    const base = builds[0].measures[name];
    lines.push(`| ${b.dist} | ${name} | ${g(c.instructions)} | ${m(c.d1Misses)} | ${m(c.llMisses)} |${dists.length > 1 ? ` ${b === builds[0] ? "" : change(base.instructions, c.instructions)} |` : ""}`);
  }
}
console.log(lines.join("\n"));
mkdirSync(args.out, { recursive: true });
const report = { tool: "baochi bench/instructions.mjs", date: new Date().toISOString(), node: process.version, nodeFlags: NODE_FLAGS, corpus: rel(args.corpus), fields: args.fields ?? null, builds };
writeFileSync(join(args.out, "instructions.json"), JSON.stringify(report, null, 2) + "\n");
log(`instructions: wrote ${rel(join(args.out, "instructions.json"))}`);
