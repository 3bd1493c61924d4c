// What users get from `npm install baochi`: the package.json contract and the packed file list,
// with a size budget. Needs dist/ (built here when it is missing).
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, any>;

// Budgets, with headroom over 0.1.0 (tarball 0.86 MB, unpacked 3.6 MB, `import "baochi"` 0.9 MB, most
// of it the compiled gazetteer, which the ESM chunks, the CJS build and the CLI each carry).
// Raise them on purpose, in the same commit as the growth, not by drift.
const KB = 1024;
const BUDGET = { tarball: 1536 * KB, unpacked: 6144 * KB, esmImport: 1536 * KB };

// Only these may ship: the build, the manifest, and the documents npm always adds.
const ALLOWED = /^(?:package\.json|README\.md|LICENSE(?:\.md|\.txt)?|CHANGELOG\.md|dist\/[^/]+\.(?:js|cjs|d\.ts|d\.cts|json))$/;

interface Packed {
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}
let packed: Packed;

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/index.js"))) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  packed = (JSON.parse(out) as Packed[])[0]!;
}, 180_000);

/** Every file a package.json field points to ("./dist/index.js" → "dist/index.js"). */
function targets(v: unknown): string[] {
  if (typeof v === "string") return [v.replace(/^\.\//, "")];
  if (v && typeof v === "object") return Object.values(v).flatMap(targets);
  return [];
}

describe("package.json", () => {
  it("declares what a registry user and a bundler need", () => {
    expect(pkg.name).toBe("baochi");
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(?:-[\w.]+)?$/);
    expect(pkg.type).toBe("module");
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines?.node).toBe(">=20");
    expect(pkg.license).toBe("MIT");
    expect(pkg.description).toMatch(/Vietnamese/);
    expect(pkg.keywords).toEqual(expect.arrayContaining(["vietnamese", "news", "nlp"]));
    expect(pkg.files).toEqual(["dist", "CHANGELOG.md"]);
  });

  it("gives each export condition its own types, types first", () => {
    for (const cond of ["import", "require"]) {
      const entry = pkg.exports["."][cond];
      expect(Object.keys(entry)[0], cond).toBe("types");
      expect(entry.types).toMatch(cond === "import" ? /\.d\.ts$/ : /\.d\.cts$/);
    }
  });

  it("names no repository that does not exist", () => {
    // no public repository yet: a made-up URL would send users nowhere
    if (pkg.repository !== undefined) {
      const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository.url;
      expect(url).not.toMatch(/example|placeholder|todo|your-?name|user\/repo/i);
    }
  });

  it("keeps heavy and native packages out of the dependencies", () => {
    const deps = Object.keys(pkg.dependencies ?? {});
    for (const heavy of ["vntk", "crfsuite", "fasttext", "node-gyp", "node-pre-gyp", "bindings"]) expect(deps).not.toContain(heavy);
  });
});

describe("npm pack", () => {
  it("ships only the build and the documents", () => {
    const stray = packed.files.map((f) => f.path).filter((p) => !ALLOWED.test(p));
    expect(stray).toEqual([]);
    const paths = packed.files.map((f) => f.path);
    for (const p of paths) expect(p).not.toMatch(/^(?:fixtures|test|bench|src|data|scripts|\.ci)\//);
  });

  it("ships every file that exports, main, types and bin point to", () => {
    const paths = new Set(packed.files.map((f) => f.path));
    const wanted = [...targets(pkg.exports), ...targets(pkg.main), ...targets(pkg.module), ...targets(pkg.types), ...targets(pkg.bin)];
    expect(wanted.filter((p) => !paths.has(p))).toEqual([]);
    expect(paths.has("README.md")).toBe(true);
    expect(paths.has("CHANGELOG.md")).toBe(true);
    expect(paths.has("LICENSE")).toBe(true);
  });

  it("the CLI entry starts with a hashbang", () => {
    const cli = readFileSync(join(ROOT, targets(pkg.bin)[0]!), "utf8");
    expect(cli.startsWith("#!/usr/bin/env node")).toBe(true);
  });

  it(`stays within the size budget (tarball ${BUDGET.tarball / KB} KB, unpacked ${BUDGET.unpacked / KB} KB, import "baochi" ${BUDGET.esmImport / KB} KB)`, () => {
    const sizes = { tarball: packed.size, unpacked: packed.unpackedSize, esmImport: esmGraphSize(join(ROOT, "dist"), "index.js") };
    const over = Object.entries(sizes).filter(([k, v]) => v > BUDGET[k as keyof typeof BUDGET]);
    expect(over, JSON.stringify(sizes)).toEqual([]);
  });
});

/** Bytes that `import "baochi"` loads from dist/: the entry and every chunk it imports, transitively. */
function esmGraphSize(dir: string, entry: string): number {
  const seen = new Set<string>();
  const visit = (file: string): number => {
    if (seen.has(file)) return 0;
    seen.add(file);
    const code = readFileSync(join(dir, file), "utf8");
    let size = Buffer.byteLength(code);
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']\.\/([^"']+)["']/g)) size += visit(m[1]!);
    return size;
  };
  return visit(entry);
}
