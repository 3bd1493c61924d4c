import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const RUN = fileURLToPath(new URL("../../bench/eval/run.mjs", import.meta.url));
let dir = "";

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [RUN, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// A stand-in parser: finds "Trần Văn Bình" and "320 người", fails on texts containing "HỎNG".
const PARSER = `
export function parseArticle(text) {
  if (text.includes("HỎNG")) throw new Error("hỏng rồi");
  const i = text.indexOf("Trần Văn Bình");
  const j = text.indexOf("320 người");
  return {
    schemaVersion: 1, text, title: { text: text.split("\\n")[0], span: { start: 0, end: text.indexOf("\\n") } },
    lead: null, sections: [], captions: [], byline: null, organizations: [], locations: [], dates: [], documents: [], quotes: [], warnings: [],
    people: i < 0 ? [] : [{ name: "Trần Văn Bình", mentions: [{ start: i, end: i + 13 }], positions: [] }],
    figures: j < 0 ? [] : [{ text: "320 người", span: { start: j, end: j + 9 }, value: 320, unit: "người", sentence: { start: j, end: j + 9 } }],
  };
}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baochi-eval-test-"));
  mkdirSync(join(dir, "fixtures", "bao-xa"), { recursive: true });
  writeFileSync(join(dir, "parser.mjs"), PARSER);
  writeFileSync(join(dir, "fixtures", "bao-xa", "ra-quan.txt"), "Xã Hòa An ra quân\nÔng Trần Văn Bình cho biết có 320 người và 12 tổ tham gia.\n");
  writeFileSync(join(dir, "fixtures", "bao-xa", "ra-quan.expected.json"), JSON.stringify({
    id: "bao-xa/ra-quan", title: "Xã Hòa An ra quân",
    people: [{ name: "Trần Văn Bình", titles: [] }],
    figures: [{ value: 320, unit: "người", text: "320 người" }, { value: 12, unit: "tổ", text: "12 tổ" }],
  }));
  writeFileSync(join(dir, "fixtures", "bao-xa", "hong.txt"), "HỎNG\n");
  writeFileSync(join(dir, "fixtures", "bao-xa", "hong.expected.json"), JSON.stringify({ id: "hong", title: "HỎNG" }));
  writeFileSync(join(dir, "corpus.jsonl"), JSON.stringify({ id: "c1", text: "Tin ngắn\nCó 320 người đến." }) + "\n");
  writeFileSync(join(dir, "gold.jsonl"), JSON.stringify({ id: "c1", title: "Tin ngắn", figures: [{ value: 320, unit: "người", text: "320 người" }] }) + "\n");
  writeFileSync(join(dir, "pred.jsonl"), JSON.stringify({ id: "c1", article: { text: "Tin ngắn\nCó 320 người đến.", title: { text: "Tin ngắn", span: { start: 0, end: 8 } }, figures: [] } }) + "\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run eval (bench/eval/run.mjs)", () => {
  it("runs the parser over fixtures, counting a failing article", () => {
    const r = run(["--fixtures", join(dir, "fixtures"), "--json"], { BAOCHI_EVAL_MODULE: join(dir, "parser.mjs") });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.predictions).toMatchObject({ articles: 2, errors: 1 });
    expect(report.predictions.errorSamples[0]).toMatchObject({ id: "hong", message: "hỏng rồi" });
    const fx = report.reports[0];
    expect(fx).toMatchObject({ kind: "fields", articles: 2, missing: 1, worst: "title" });
    const figures = fx.rows.find((x: { field: string }) => x.field === "figures");
    expect(figures).toMatchObject({ gold: 2, pred: 1, tp: 1 });
    expect(fx.misses.figures[0]).toMatchObject({ kind: "missed", key: "12|tổ", sentence: "Ông Trần Văn Bình cho biết có 320 người và 12 tổ tham gia." });
  });

  it("prints aligned tables, the macro F1 and the worst field's misses", () => {
    const r = run(["--fixtures", join(dir, "fixtures"), "--misses", "1"], { BAOCHI_EVAL_MODULE: join(dir, "parser.mjs") });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^field\s+gold\s+pred\s+tp\s+P\s+R\s+F1$/m);
    expect(r.out).toMatch(/^figures\s+2\s+1\s+1\s+1\.000\s+0\.500\s+0\.667$/m);
    expect(r.out).toMatch(/^macro F1 0\.\d{3}$/m);
    expect(r.out).toContain("-- worst: title");
    expect(r.out).toContain("error hong: hỏng rồi");
  });

  it("scores a prediction file against gold and corpus, and writes --out", () => {
    const out = join(dir, "report.json");
    const r = run(["--gold", join(dir, "gold.jsonl"), "--corpus", join(dir, "corpus.jsonl"), "--pred", join(dir, "pred.jsonl"), "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^title\s+1\s+1\s+1\s+1\.000/m);
    expect(r.out).toContain("⟦320 người⟧");
  });

  it("exits 2 on usage errors and 1 on unreadable files, with one line", () => {
    const bad = run(["--nope"]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split("\n")).toHaveLength(1);
    expect(run(["--misses", "-3"]).code).toBe(2);
    expect(run(["extra"]).code).toBe(2);
    const missing = run(["--gold", join(dir, "nope.jsonl")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("nope.jsonl");
    expect(run(["--fixtures", join(dir, "fixtures")], { BAOCHI_EVAL_MODULE: join(dir, "absent.mjs") }).code).toBe(1);
  });
});
