import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Our scorers against the reference ones in ../shared/tools, on predictions made from the dev gold.
const SHARED = fileURLToPath(new URL("../../../shared/tools/score-fields.mjs", import.meta.url));
const CHECK = fileURLToPath(new URL("../../bench/eval/check-agreement.mjs", import.meta.url));

describe.skipIf(!existsSync(SHARED))("agreement with shared/tools", () => {
  it("gives the reference scorers' tables", () => {
    const r = spawnSync(process.execPath, [CHECK, "--seeds", "1,2"], { encoding: "utf8" });
    expect(r.stdout).toContain("agreement: every table equal");
    expect(r.status).toBe(0);
  }, 60_000);
});
