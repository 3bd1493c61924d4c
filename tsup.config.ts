import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const define = { __BAOCHI_VERSION__: JSON.stringify(version) };

// Two builds: the library (ESM + CJS + types, no Node built-ins in its graph) and the CLI (ESM, hashbang kept).
// franc-min is ESM-only, so it is bundled in; zod stays an external dependency.
// charset utf8: the lexicons are Vietnamese; escaping every letter as \uXXXX would make them 3× larger.
const esbuildOptions = (o: { charset?: string }): void => {
  o.charset = "utf8";
};
export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "node20",
    platform: "neutral",
    noExternal: ["franc-min", "trigram-utils", "n-gram", "collapse-white-space"],
    treeshake: true,
    define,
    esbuildOptions,
  },
  {
    entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    define,
    esbuildOptions,
    noExternal: ["franc-min", "trigram-utils", "n-gram", "collapse-white-space"],
  },
]);
