// The core needs no Node: bundled for the browser (any Node built-in import fails the build) and
// run in a bare V8 context, without require, process, Buffer or a file system.
import { describe, expect, it } from "vitest";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import vm from "node:vm";
import { build, type Plugin } from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the build on any import of a Node built-in (`fs`, `node:fs`, `fs/promises` …), wherever it is. */
const noNodeBuiltins: Plugin = {
  name: "no-node-builtins",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, "").split("/")[0]!;
      if (BUILTINS.has(args.path) || args.path.startsWith("node:") || (BUILTINS.has(bare) && !args.path.startsWith("."))) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer.replace(ROOT, "")}` }] };
      }
      return undefined;
    });
  },
};

async function bundleForBrowser(entry: { path: string } | { contents: string }): Promise<string> {
  const result = await build({
    ...("path" in entry ? { entryPoints: [entry.path] } : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: "ts" } }),
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "baochi",
    target: "es2022",
    write: false,
    logLevel: "silent",
    define: { __BAOCHI_VERSION__: '"test"' },
    // vntk is the optional peer of segmentWords(), loaded with import() only when asked for; it
    // stays external here as in dist/ (it is native code and never part of the core)
    external: ["vntk", "vntk/*"],
    plugins: [noNodeBuiltins],
  });
  return result.outputFiles[0]!.text;
}

// A short article written for this test.
const TEXT = `Thứ Sáu, 12/01/2024, 08:15 (GMT+7)
Huyện Chợ Gạo khánh thành cầu mới cho bà con vùng sâu
Sáng 11/1, UBND huyện Chợ Gạo (tỉnh Tiền Giang) khánh thành cầu Bình Phan dài 120 m, tổng vốn đầu tư khoảng 15 tỷ đồng.
Phó Chủ tịch UBND huyện Chợ Gạo Lê Văn Bình cho biết: "Cây cầu giúp hơn 2.000 hộ dân đi lại thuận tiện hơn".
TRẦN AN
`;

describe("the library in a browser-like context", () => {
  it("the guard rejects a bundle that imports a Node built-in", async () => {
    await expect(bundleForBrowser({ contents: 'import { readFileSync } from "node:fs"; export const x = readFileSync;' })).rejects.toThrow(/Node built-in "node:fs"/);
    await expect(bundleForBrowser({ contents: 'import path from "path"; export const x = path;' })).rejects.toThrow(/Node built-in "path"/);
  });

  it("src/index.ts bundles for the browser without any Node built-in, and parses in a bare context", async () => {
    const code = await bundleForBrowser({ path: join(ROOT, "src/index.ts") });
    const context = vm.createContext({});
    expect(vm.runInContext("typeof require + typeof process + typeof Buffer + typeof module", context)).toBe("undefinedundefinedundefinedundefined");
    vm.runInContext(code, context, { filename: "baochi.browser.js" });
    const json = vm.runInContext(`JSON.stringify(baochi.parseArticle(${JSON.stringify(TEXT)}))`, context) as string;
    const article = JSON.parse(json);
    expect(article.schemaVersion).toBe(1);
    expect(article.text).toBe(TEXT);
    expect(article.title?.text).toBe("Huyện Chợ Gạo khánh thành cầu mới cho bà con vùng sâu");
    expect(article.dateline?.value).toBe("2024-01-12T08:15:00+07:00");
    // the same answer as in Node
    const { parseArticle } = await import("../../src/index.js");
    expect(article).toEqual(JSON.parse(JSON.stringify(parseArticle(TEXT))));
    // bytes go through TextDecoder, which browsers have; the bare context does not, so give it one.
    // The bytes are made inside the context: a Uint8Array of another realm is not instanceof its Uint8Array.
    context.TextDecoder = TextDecoder;
    const bytes = JSON.stringify([...new TextEncoder().encode(TEXT)]);
    const fromBytes = vm.runInContext(`baochi.parseArticle(new Uint8Array(${bytes})).title.text`, context);
    expect(fromBytes).toBe(article.title.text);
  }, 60_000);
});
