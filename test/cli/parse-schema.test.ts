import { describe, it, expect } from "vitest";
import { PassThrough, Readable } from "node:stream";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/run.js";

async function cli(argv: string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => (out += c));
  stderr.on("data", (c) => (err += c));
  const code = await run(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "baochi-cli-"));
const file = join(dir, "bai.txt");
writeFileSync(file, "Thứ Hai, 22/5/2023, 08:05 (GMT+7)\n\nTiêu đề bài báo thử nghiệm\n\nĐoạn mở đầu của bài báo nói về một sự kiện ở xã Bình Phú, huyện Cai Lậy.\n\nNGUYỄN AN\n");

describe("baochi parse / schema / help", () => {
  it("parses a file", async () => {
    const r = await cli(["parse", file]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.schemaVersion).toBe(1);
    expect(a.title.text).toBe("Tiêu đề bài báo thử nghiệm");
    expect(r.out.split("\n").length).toBe(2); // one line of JSON
  });

  it("parses standard input with --pretty", async () => {
    const r = await cli(["parse", "-", "--pretty"], "Một câu tiếng Việt ngắn ở Hà Nội.");
    expect(r.code).toBe(0);
    expect(r.out).toContain('\n  "schemaVersion": 1');
  });

  it("--fields reads only those fields", async () => {
    const text = "Sáng 22/5, xã Bình Phú, huyện Cai Lậy tổ chức 65 cuộc họp có 1.252 người dự.";
    const full = JSON.parse((await cli(["parse", "-"], text)).out);
    const r = await cli(["parse", "-", "--fields", "figures"], text);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.figures).toEqual(full.figures);
    expect(a.figures.length).toBe(2);
    expect([a.dates, a.locations]).toEqual([[], []]);
    expect(full.locations.length).toBeGreaterThan(0);
    expect(a.warnings.map((w: { code: string }) => w.code)).toEqual(["fields-not-read"]);
  });

  it("prints the JSON Schema", async () => {
    const r = await cli(["schema"]);
    const s = JSON.parse(r.out);
    expect(s.$schema).toContain("2020-12");
    expect(s.properties.schemaVersion.const).toBe(1);
    expect(Object.keys(s.properties)).toContain("figures");
  });

  it.each([
    [["frobnicate"], /unknown command/],
    [["parse", join(dir, "missing.txt")], /no such file/],
    [["parse", dir], /is a folder/],
    [["parse", "--nope", file], /Unknown option/],
    [["parse", file, file], /one FILE/],
    [["parse", file, "--fields", "people,titles"], /--fields takes Article fields .*not "titles"/],
  ])("usage error %j exits 2 with one line", async (argv, msg) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });

  it("invalid UTF-8 on stdin exits 1 with a coded message", async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = "";
    stderr.on("data", (c) => (err += c));
    const code = await run(["parse", "-"], { stdin: Readable.from([Buffer.from([0xff, 0xfe, 0x41])]), stdout, stderr });
    expect(code).toBe(1);
    expect(err).toMatch(/invalid-utf8/);
  });

  it("prints help and version", async () => {
    expect((await cli(["--help"])).out).toMatch(/baochi parse/);
    expect((await cli(["--version"])).out).toMatch(/^\d+\.\d+\.\d+/);
    expect((await cli([])).code).toBe(2);
  });
});
