import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { TABLE_NAMES, tableColumns, tableRows } from "../../src/cli/batch/tables.js";
import type { ArticleResult } from "../../src/batch/record.js";
import { Article } from "../../src/index.js";
import { CHO_NOI, SHORT, TAN_PHU, long } from "../stream/articles.js";
import { cli, jl, sink } from "./helpers.js";

let dir: string;
const lines = (s: string) => s.trimEnd().split("\n").map((l) => JSON.parse(l));
const ids = (s: string) => lines(s).map((l) => l.id);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baochi-batch-"));
  // a corpus folder: nested .txt files, a non-.txt file and a hidden folder that are skipped
  mkdirSync(join(dir, "corpus", "2024", "06"), { recursive: true });
  mkdirSync(join(dir, "corpus", ".cache"), { recursive: true });
  writeFileSync(join(dir, "corpus", "2024", "06", "tan-phu.txt"), TAN_PHU);
  writeFileSync(join(dir, "corpus", "2024", "cho-noi.txt"), CHO_NOI);
  writeFileSync(join(dir, "corpus", "ngan.txt"), SHORT);
  writeFileSync(join(dir, "corpus", "notes.md"), "# không phải bài báo");
  writeFileSync(join(dir, "corpus", ".cache", "x.txt"), SHORT);
  writeFileSync(join(dir, "corpus", "rong.txt"), "");
  // a JSONL file with a broken line, an empty text and a binary blob among good records
  const blob = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x1a, 0xff, 0xfe, 0x00, 0x10, 0x80]);
  writeFileSync(
    join(dir, "mixed.jsonl"),
    Buffer.concat([
      Buffer.from(jl({ id: "tp", text: TAN_PHU, url: "https://bao.vn/tp" })),
      Buffer.from('{"id": "hong", "text": "Mưa\n'),
      Buffer.from(jl({ id: "rong", text: "" })),
      blob,
      Buffer.from("\n"),
      Buffer.from(jl({ text: CHO_NOI })),
    ]),
  );
  writeFileSync(join(dir, "good.jsonl"), jl({ id: "a", text: TAN_PHU }) + "\n" + jl({ id: "b", text: CHO_NOI }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("baochi batch: one line per record, in order, failures in place", () => {
  it("gives three error lines in place for a broken line, an empty text and a binary blob; exit 1", async () => {
    const r = await cli(["batch", join(dir, "mixed.jsonl"), "--jobs", "1"]);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    const src = join(dir, "mixed.jsonl");
    expect(out.map((l) => [l.id, l.article ? "article" : l.error.code])).toEqual([
      ["tp", "article"],
      [`${src}:2`, "invalid-json"],
      ["rong", "empty-text"],
      [`${src}:4`, "invalid-utf8"],
      [`${src}:5`, "article"],
    ]);
    expect(out[0].article.text).toBe(TAN_PHU);
    expect(out[4].article.text).toBe(CHO_NOI);
    for (const l of out) if (l.article) expect(Article.safeParse(l.article).success).toBe(true);
    // the summary: one line on stderr
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^baochi: 5 records, 3 failed, .* MB\/s.*invalid-json 1/);
  });

  it("exits 0 when every record parsed", async () => {
    const r = await cli(["batch", join(dir, "good.jsonl"), "-j", "1"]);
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(["a", "b"]);
  });

  it("reads folders recursively (.txt only, hidden skipped); ids relative to the folder, sorted", async () => {
    const r = await cli(["batch", join(dir, "corpus"), "-j", "1", "-q"]);
    expect(ids(r.stdout)).toEqual(["2024/06/tan-phu.txt", "2024/cho-noi.txt", "ngan.txt", "rong.txt"]);
    expect(lines(r.stdout)[3].error.code).toBe("empty-text");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(""); // --quiet
  });

  it.each([
    ["**/*.txt", ["corpus/2024/06/tan-phu.txt", "corpus/2024/cho-noi.txt", "corpus/ngan.txt", "corpus/rong.txt"]],
    ["corpus/*.txt", ["corpus/ngan.txt", "corpus/rong.txt"]],
    ["corpus/2024/**/*.{txt,md}", ["corpus/2024/06/tan-phu.txt", "corpus/2024/cho-noi.txt"]],
    ["corpus/[nr]?[an]*.txt", ["corpus/ngan.txt", "corpus/rong.txt"]],
    ["corpus/[!n]*.txt", ["corpus/rong.txt"]],
    ["*.jsonl", ["a", "b", "tp", "mixed.jsonl:2", "rong", "mixed.jsonl:4", "mixed.jsonl:5"]],
  ])("expands the glob %s (ids: the matched paths)", async (glob, want) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await cli(["batch", glob, "-j", "1", "-q"]);
      expect(ids(r.stdout)).toEqual(want);
    } finally {
      process.chdir(cwd);
    }
  });

  it("reads JSONL on standard input with -; ids stdin:LINE when missing", async () => {
    const input = jl({ id: "x1", text: SHORT }) + jl({ text: CHO_NOI }) + "\n" + jl({ id: 9, text: TAN_PHU });
    const r = await cli(["batch", "-", "-j", "1"], input);
    expect(ids(r.stdout)).toEqual(["x1", "stdin:2", "9"]);
    expect(r.code).toBe(0);
  });

  it("mixes inputs in argument order", async () => {
    const r = await cli(["batch", join(dir, "corpus", "ngan.txt"), "-", join(dir, "good.jsonl"), "-j", "1"], jl({ id: "in", text: SHORT }));
    expect(ids(r.stdout)).toEqual([join(dir, "corpus", "ngan.txt"), "in", "a", "b"]);
  });

  it("--max-bytes: a file or a line over the limit is too-large, the rest goes on", async () => {
    const big = join(dir, "big.jsonl");
    writeFileSync(big, jl({ id: "s", text: SHORT }) + jl({ id: "l", text: long(40) }) + jl({ id: "s2", text: SHORT }));
    const r = await cli(["batch", big, join(dir, "corpus", "2024", "06", "tan-phu.txt"), "--max-bytes", "0.3k", "-j", "1"]);
    expect(lines(r.stdout).map((l) => (l.article ? l.id : `${l.id}:${l.error.code}`))).toEqual([
      "s",
      `${big}:2:too-large`,
      "s2",
      `${join(dir, "corpus", "2024", "06", "tan-phu.txt")}:too-large`,
    ]);
    expect(r.code).toBe(1);
  });

  it("--keep-meta keeps a line's other fields as meta (JSONL and CSV)", async () => {
    const r = await cli(["batch", join(dir, "mixed.jsonl"), "--keep-meta", "-j", "1"]);
    expect(lines(r.stdout)[0]).toMatchObject({ id: "tp", meta: { url: "https://bao.vn/tp" } });
    expect(Object.keys(lines(r.stdout)[0])).toEqual(["id", "meta", "article"]);
    const without = await cli(["batch", join(dir, "mixed.jsonl"), "-j", "1"]);
    expect(lines(without.stdout)[0].meta).toBeUndefined();
    const csv = await cli(["batch", join(dir, "mixed.jsonl"), "--keep-meta", "--format", "csv", "-j", "1"]);
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(JSON.parse(rows[0]!.meta!)).toEqual({ url: "https://bao.vn/tp" });
  });

  it("--out FILE writes the file, nothing on stdout; format follows a .csv name", async () => {
    const out = join(dir, "out.csv");
    const r = await cli(["batch", join(dir, "good.jsonl"), "--out", out, "-j", "1"]);
    expect(r.stdout).toBe("");
    const rows = parseCsv(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.id)).toEqual(["a", "b"]);
  });

  it("--keywords K adds up to K keywords per article over the batch (stdin spooled for two passes)", async () => {
    const docs = [TAN_PHU, CHO_NOI, long(5), "Xã An Hòa có 40 hộ nghèo. Xã An Hòa hỗ trợ học sinh."];
    const input = docs.map((text, i) => jl({ id: `d${i}`, text })).join("");
    const r = await cli(["batch", "-", "--keywords", "3", "-j", "1"], input);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    for (const l of out) {
      expect(l.article.keywords.length).toBeGreaterThan(0);
      expect(l.article.keywords.length).toBeLessThanOrEqual(3);
      expect(Article.safeParse(l.article).success).toBe(true);
    }
    expect(out[3].article.keywords.map((k: { term: string }) => k.term)).toContain("Xã An Hòa");
    // the same from a file, read twice
    writeFileSync(join(dir, "kw.jsonl"), input);
    const f = await cli(["batch", join(dir, "kw.jsonl"), "--keywords", "3", "-j", "1"]);
    expect(f.stdout).toBe(r.stdout);
    // without --keywords there is no keywords field
    expect(lines((await cli(["batch", "-", "-j", "1"], input)).stdout)[0].article.keywords).toBeUndefined();
  });
});

describe("baochi batch --table: flat CSV rows", () => {
  it.each(TABLE_NAMES.map((t) => [t]))("--table %s: a header, one row per item, a row per failed record", async (table) => {
    const input = join(dir, "mixed.jsonl");
    const json = lines((await cli(["batch", input, "-j", "1"])).stdout);
    const r = await cli(["batch", input, "--table", table, "-j", "1"]);
    expect(r.code).toBe(1);
    const rows = parseCsv(r.stdout, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {}).length ? Object.keys(rows[0]!) : parseCsv(r.stdout)[0]).toEqual(tableColumns(table));
    // one row per item of the parsed articles (people: per position, or one for a person without), one per failure
    const items = (a: Article): number =>
      table === "articles" ? 1 : table === "people" ? a.people.reduce((n, p) => n + Math.max(1, p.positions.length), 0) : (a[table] as unknown[]).length;
    const want = json.reduce((n, l) => n + (l.article ? items(l.article) : 1), 0);
    expect(rows).toHaveLength(want);
    const failed = rows.filter((x) => x.error_code !== "");
    expect(failed.map((x) => x.error_code)).toEqual(["invalid-json", "empty-text", "invalid-utf8"]);
    for (const row of rows.filter((x) => x.error_code === "" && "start" in x)) {
      const article = json.find((l) => l.id === row.id)!.article as Article;
      expect(article.text.slice(Number(row.start), Number(row.end))).toBe(row.text);
      expect(row.sentence).toContain(row.text!.split("\n")[0]);
    }
  });

  it("--table figures gives one row per figure, with value, unit and sentence", async () => {
    const r = await cli(["batch", join(dir, "good.jsonl"), "--table", "figures", "-j", "1"]);
    const json = lines((await cli(["batch", join(dir, "good.jsonl"), "-j", "1"])).stdout);
    const figures = json.flatMap((l) => (l.article as Article).figures.map((f) => ({ id: l.id, value: String(f.value), unit: f.unit ?? "", text: f.text })));
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => ({ id: x.id, value: x.value, unit: x.unit, text: x.text }))).toEqual(figures);
  });

  it("quotes commas, quotes and line breaks (RFC 4180, CRLF) and reads back the same", async () => {
    const nasty = ['Bài "đặc biệt", số 1', "hai\ndòng", "dấu, phẩy", 'chỉ "ngoặc"', "CR\r\nLF"];
    const input = nasty.map((id) => jl({ id, text: SHORT })).join("") + jl({ id: "lỗi, \"x\"\n", text: "" });
    const r = await cli(["batch", "-", "--format", "csv", "-j", "1"], input);
    expect(r.stdout.startsWith("id,title,")).toBe(true);
    expect(r.stdout).toContain('"Bài ""đặc biệt"", số 1"');
    expect(r.stdout.split("\r\n").length).toBeGreaterThan(nasty.length);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.id)).toEqual([...nasty, 'lỗi, "x"\n']);
    expect(rows.at(-1)!.error_code).toBe("empty-text");
  });

  it("--no-header and --bom", async () => {
    const plain = await cli(["batch", join(dir, "good.jsonl"), "--format", "csv", "--no-header", "-j", "1"]);
    expect(plain.stdout.startsWith("a,")).toBe(true);
    const bom = await cli(["batch", join(dir, "good.jsonl"), "--format", "csv", "--bom", "-j", "1"]);
    expect(bom.stdout.startsWith("\uFEFFid,")).toBe(true);
  });

  // a table of one field runs only the extractors that field needs: its rows must be those of a full parse
  it.each(TABLE_NAMES.map((t) => [t]))("--table %s gives the rows of a full parse", async (table) => {
    const input = join(dir, "mixed.jsonl");
    const full = lines((await cli(["batch", input, "-j", "1"])).stdout) as ArticleResult[];
    const want = full.flatMap((res) => tableRows(table, res)).map((r) => JSON.stringify(Object.fromEntries(tableColumns(table).map((c, i) => [c, r[i]]))));
    const r = await cli(["batch", input, "--table", table, "--format", "jsonl", "-j", "1"]);
    expect(r.stdout.trimEnd().split("\n")).toEqual(want);
  });

  it("--fields reads only those fields, each as a full parse gives it, and says so", async () => {
    const input = join(dir, "mixed.jsonl");
    const full = lines((await cli(["batch", input, "-j", "1"])).stdout);
    const r = await cli(["batch", input, "--fields", "figures, documents", "-j", "1"]);
    const got = lines(r.stdout);
    expect(got.map((l) => l.id)).toEqual(full.map((l) => l.id));
    for (const [i, l] of got.entries()) {
      if (!l.article) {
        expect(l.error).toEqual(full[i].error);
        continue;
      }
      expect(Article.safeParse(l.article).success).toBe(true);
      expect(l.article.figures).toEqual(full[i].article.figures);
      expect(l.article.documents).toEqual(full[i].article.documents);
      expect([l.article.dates, l.article.people, l.article.locations]).toEqual([[], [], []]);
      expect(l.article.warnings.map((w: { code: string }) => w.code)).toContain("fields-not-read");
    }
    expect(got.some((l) => l.article?.figures.length > 0)).toBe(true);
  });

  it("--table with --format jsonl writes the rows as JSON objects", async () => {
    const r = await cli(["batch", join(dir, "mixed.jsonl"), "--table", "articles", "--format", "jsonl", "-j", "1"]);
    const out = lines(r.stdout);
    expect(Object.keys(out[0])).toEqual(tableColumns("articles"));
    expect(out.map((o) => o.id)).toHaveLength(5);
  });
});

describe("baochi batch: usage errors exit 2 with one line", () => {
  it.each([
    [["batch"], /at least one INPUT/],
    [["batch", "x.jsonl", "--frobnicate"], /Unknown option '--frobnicate'/],
    [["batch", "-", "--jobs", "0"], /--jobs takes/],
    [["batch", "-", "--jobs", "two"], /--jobs takes/],
    [["batch", "-", "--format", "xlsx"], /--format takes one of jsonl, csv/],
    [["batch", "-", "--table", "votes"], /--table takes one of articles, figures/],
    [["batch", "-", "--fields", "figures,votes"], /--fields takes Article fields separated by commas .*not "votes"/],
    [["batch", "-", "--fields", ""], /--fields takes Article fields/],
    [["batch", "-", "--fields", "people", "--table", "figures"], /--fields goes with JSONL output or the articles table: --table figures/],
    [["batch", "-", "--max-bytes", "lots"], /--max-bytes takes/],
    [["batch", "-", "--keywords", "0"], /--keywords takes/],
    [["batch", "-", "--terms", "vntk"], /--terms goes with --keywords/],
    [["batch", "-", "--no-header"], /--no-header and --bom are for --format csv/],
    [["batch", "-", "-"], /only once/],
    [["batch", "/no/such/file.txt"], /no such file or folder: \/no\/such\/file.txt/],
    [["batch", "/no/such/*.txt"], /no files match/],
    [["batch", "-", "--out", "/no/such/dir/out.jsonl"], /cannot write \/no\/such\/dir\/out.jsonl/],
    [["stats"], /at least one INPUT/],
    [["stats", "-", "--top", "x"], /--top takes/],
  ])("%j", async (argv, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr.startsWith("baochi: ")).toBe(true);
  });

  it("--help prints the help and exits 0; it says what ids are", async () => {
    const r = await cli(["batch", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/the path relative to FOLDER/);
    expect(r.stdout).toMatch(/FILE:LINE/);
    expect((await cli(["--help"])).stdout).toMatch(/baochi batch INPUT/);
  });
});

describe("baochi batch: the reader goes away, Ctrl-C", () => {
  it("stops quietly when stdout is closed (EPIPE): exit 0, nothing on stderr", async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_c, _e, done) {
        writes++;
        if (writes > 1) done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
        else done();
      },
    });
    const stderr = sink();
    const many = Array.from({ length: 50 }, (_, i) => jl({ id: `n${i}`, text: SHORT })).join("");
    const code = await run(["batch", "-", "-j", "1"], { stdin: Readable.from([Buffer.from(many)]), stdout, stderr });
    expect(code).toBe(0);
    expect(stderr.text()).toBe("");
    expect(writes).toBeLessThan(5);
  });

  it("Ctrl-C: stops reading, writes what is in flight as complete lines, exits 130", async () => {
    const controller = new AbortController();
    let sent = 0;
    async function* endless() {
      for (;;) {
        sent++;
        yield Buffer.from(jl({ id: `n${sent}`, text: TAN_PHU }));
        await new Promise((r) => setImmediate(r));
      }
    }
    const stdout = sink();
    const stderr = sink();
    setTimeout(() => controller.abort(), 300);
    const code = await run(["batch", "-", "-j", "1"], { stdin: Readable.from(endless()), stdout, stderr, trapInterrupt: () => controller.signal });
    expect(code).toBe(130);
    const out = stdout.text();
    expect(out.endsWith("\n")).toBe(true);
    const got = lines(out);
    expect(got.length).toBeGreaterThan(0);
    expect(got.map((l) => l.id)).toEqual(got.map((_, i) => `n${i + 1}`));
    expect(stderr.text()).toMatch(/interrupted/);
  });
});

describe("baochi batch --keywords --terms vntk", () => {
  it("uses a word tokenizer when given one (vntk's, in the CLI)", async () => {
    const { createContext, runTask } = await import("../../src/cli/batch/task.js");
    const { DocumentFrequencies } = await import("../../src/keywords/tfidf.js");
    const df = new DocumentFrequencies();
    df.add(["trường"]);
    const ctx = await createContext({ mode: "jsonl", maxBytes: 1e6, keywords: { k: 2, words: "vntk", df: df.toJSON() } }, async () => () => ["học_sinh", "và", "học sinh", "trường"]);
    const out = runTask({ kind: "record", record: { id: "a", text: SHORT } }, ctx);
    expect(JSON.parse(out.text!).article.keywords.map((k: { term: string }) => k.term)).toEqual(["học sinh", "trường"]);
  });

  it("says how to install vntk when it is missing (or uses it when it is installed)", async () => {
    const installed = await import("vntk" as string).then(() => true, () => false);
    const r = await cli(["batch", "-", "--keywords", "2", "--terms", "vntk", "-j", "1"], jl({ id: "a", text: TAN_PHU }));
    if (installed) expect(lines(r.stdout)[0].article.keywords.length).toBeGreaterThan(0);
    else {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^baochi: missing-dependency: .*npm install vntk/);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });
});
