#!/usr/bin/env node
// npm run fuzz [-- --runs N] [-- --seed S]: the property tests of test/robustness/fuzz.test.ts with
// 100 000 runs per property (npm test and CI run 10 000). Prints the time taken; exits with vitest's code.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const { values } = parseArgs({ options: { runs: { type: "string", default: "100000" }, seed: { type: "string" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`fuzz: --runs must be a positive integer, got ${values.runs}`);
  process.exit(2);
}
const env = { ...process.env, BAOCHI_FUZZ_RUNS: String(runs), ...(values.seed ? { BAOCHI_FUZZ_SEED: values.seed } : {}) };
const t0 = Date.now();
const r = spawnSync("npx", ["vitest", "run", "test/robustness/fuzz.test.ts"], {
  cwd: fileURLToPath(new URL("..", import.meta.url)),
  env,
  stdio: "inherit",
});
console.error(`fuzz: ${runs} runs per property in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(r.status ?? 1);
