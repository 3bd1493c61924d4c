import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error plain ESM script without types
import { render } from "../../scripts/build-data.mjs";
import { table, tableNames } from "../../src/lexicon/tables.js";

const root = join(import.meta.dirname, "..", "..");
const walk = (dir: string, ext: RegExp): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? walk(p, ext) : ext.test(n) ? [p] : [];
      })
    : [];

describe("data/", () => {
  it("the generated module is up to date (run `npm run data`)", () => {
    expect(readFileSync(join(root, "src/lexicon/_data.ts"), "utf8")).toBe(render());
  });

  it.each(walk(join(root, "data"), /\.tsv$/).map((p) => [p.slice(root.length + 1), p]))("%s is NFC with a header and full rows", (_n, p) => {
    const text = readFileSync(p, "utf8");
    expect(text.normalize("NFC")).toBe(text);
    expect(text.includes("\r")).toBe(false);
    const lines = text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    const width = lines[0]!.split("\t").length;
    for (const l of lines) expect(l.split("\t").length, l).toBeLessThanOrEqual(width);
  });

  it("every table parses into rows", () => {
    for (const name of tableNames()) expect(table(name).length, name).toBeGreaterThan(0);
  });
});

describe("fixtures/", () => {
  const files = walk(join(root, "fixtures"), /\.(txt|json)$/).filter((p) => !/odd|nfd|crlf|legacy/i.test(p));
  it.each(files.map((p) => [p.slice(root.length + 1), p]))("%s is NFC (unless it tests odd bytes on purpose)", (_n, p) => {
    const text = readFileSync(p, "utf8");
    expect(text.normalize("NFC") === text || /\u00a0|\u200b|\r/.test(text)).toBe(true);
  });
});
