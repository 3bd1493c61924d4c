// Tests that need the built CLI (cli.js and its worker script worker.js, built by tsup from
// tsup.config.ts): --jobs 2, a reader that goes away (| head -1), Ctrl-C, and sharding.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHO_NOI, SHORT, TAN_PHU, long } from "../stream/articles.js";
import { ROOT, buildCli, cli, jl, spawnCli } from "./helpers.js";

let dir: string;
let uneven: string;
let CLI: string;
const batch = (argv: string[], stdin = "") => spawnCli(CLI, argv, stdin);
const ids = (s: string) => s.trimEnd().split("\n").map((l) => JSON.parse(l).id);

beforeAll(async () => {
  CLI = await buildCli();
  dir = mkdtempSync(join(tmpdir(), "baochi-dist-"));
  // uneven sizes: a long article every 7th record, so later short ones finish first in the pool
  const records = Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, text: i % 7 === 0 ? long(40 + i) : [SHORT, TAN_PHU, CHO_NOI][i % 3]! }));
  records.splice(20, 0, { id: "empty", text: "" });
  uneven = join(dir, "uneven.jsonl");
  writeFileSync(uneven, records.map(jl).join("") + "{not json\n");
}, 180_000);
afterAll(() => {
  rmSync(dirname(CLI), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe("--jobs 2 (worker threads)", { timeout: 120_000 }, () => {
  it("keeps input order with uneven article sizes, and gives the same bytes as --jobs 1", async () => {
    const one = await cli(["batch", uneven, "-j", "1", "-q"]);
    const two = batch(["batch", uneven, "-j", "2", "-q"]);
    expect(two.code).toBe(1);
    expect(ids(two.stdout)).toEqual([...Array.from({ length: 20 }, (_, i) => `r${i}`), "empty", ...Array.from({ length: 40 }, (_, i) => `r${i + 20}`), `${uneven}:62`]);
    expect(two.stdout).toBe(one.stdout);
  });

  it.each([[["--table", "figures"]], [["--format", "csv", "--keep-meta"]], [["--keywords", "4"]]])("%j: same bytes with 1 and 3 threads", async (extra) => {
    const one = await cli(["batch", uneven, ...extra, "-j", "1", "-q"]);
    const three = batch(["batch", uneven, ...extra, "-j", "3", "-q"]);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stdout.length).toBeGreaterThan(0);
  });

  it("stats: same counts with 1 and 2 threads", async () => {
    const one = await cli(["stats", uneven, "--json", "-j", "1", "-q"]);
    const two = batch(["stats", uneven, "--json", "-j", "2", "-q"]);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout)).toMatchObject({ records: 62, failed: 2 });
  });
});

describe("the built CLI as a process", () => {
  it("`baochi batch … | head -1` exits cleanly (EPIPE): status 0, no stack trace", { timeout: 120_000 }, () => {
    const big = join(dir, "big.jsonl");
    writeFileSync(big, Array.from({ length: 400 }, (_, i) => jl({ id: `b${i}`, text: TAN_PHU })).join(""));
    for (const jobs of ["1", "2"]) {
      const r = spawnSync("bash", ["-c", `node "${CLI}" batch "${big}" -j ${jobs} 2>"${dir}/err" | head -1; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
      const [first, status] = r.stdout.trimEnd().split("\n");
      expect(JSON.parse(first!).id).toBe("b0");
      expect(status).toBe("0");
      expect(readFileSync(join(dir, "err"), "utf8")).toBe("");
    }
  });

  it("Ctrl-C (SIGINT) leaves complete lines only, in order, and exits 130", { timeout: 120_000 }, async () => {
    const out = join(dir, "interrupted.jsonl");
    const child = spawn(process.execPath, [CLI, "batch", "-", "--out", out, "-j", "2"], { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.on("error", () => {});
    let n = 0;
    const feed = setInterval(() => {
      for (let i = 0; i < 20; i++) child.stdin.write(jl({ id: `s${n++}`, text: n % 5 ? TAN_PHU : long(60) }));
    }, 5);
    // interrupt once some lines are out (the run is under way)
    for (let t = 0; t < 600 && !(existsSync(out) && statSync(out).size > 0); t++) await new Promise((r) => setTimeout(r, 100));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
    clearInterval(feed);
    expect(code).toBe(130);
    const text = readFileSync(out, "utf8");
    expect(text.endsWith("\n")).toBe(true);
    const got = ids(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(got.map((_, i) => `s${i}`));
    expect(stderr).toMatch(/interrupted/);
    expect(stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it("sharding: parts run separately and concatenated give the same bytes as one run", async () => {
    const records = Array.from({ length: 24 }, (_, i) => jl({ id: `k${i}`, text: [TAN_PHU, CHO_NOI, SHORT, long(i % 9)][i % 4]! }));
    // a failed record keeps its place too; it has an id (a line without one is named FILE:LINE,
    // and line numbers restart in every shard: docs/scale-out.md says to give every record an id)
    records[17] = jl({ id: "k17", text: "" });
    const whole = records.join("");
    for (const extra of [[], ["--table", "dates", "--no-header"]]) {
      const one = batch(["batch", "-", ...extra, "-j", "2", "-q"], whole);
      // split like GNU parallel --pipe / Hadoop Streaming: contiguous blocks of whole lines
      const parts = [records.slice(0, 7), records.slice(7, 20), records.slice(20)];
      let joined = "";
      for (const [i, part] of parts.entries()) joined += (i % 2 ? batch(["batch", "-", ...extra, "-j", "2", "-q"], part.join("")) : await cli(["batch", "-", ...extra, "-j", "1", "-q"], part.join(""))).stdout;
      expect(joined).toBe(one.stdout);
    }
    // the same through real processes: `split` + one process per part, as GNU parallel runs it
    writeFileSync(join(dir, "whole.jsonl"), whole);
    // (each run exits 1: the empty text fails)
    const sh = `cd "${dir}" && split -l 9 whole.jsonl part. && for p in part.*; do node "${CLI}" batch - -q < "$p"; done > sharded.out; node "${CLI}" batch - -q < whole.jsonl > one.out; cmp sharded.out one.out && echo same`;
    expect(spawnSync("bash", ["-c", sh], { encoding: "utf8", cwd: ROOT }).stdout.trim()).toBe("same");
  }, 180_000);
});
