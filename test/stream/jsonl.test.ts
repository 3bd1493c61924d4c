import { describe, expect, it } from "vitest";
import { LineSplitter, recordFromLine, type Line } from "../../src/batch/jsonl.js";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function split(chunks: (string | Uint8Array)[], max?: number): Line[] {
  const s = new LineSplitter(max);
  const out: Line[] = [];
  for (const c of chunks) out.push(...s.push(typeof c === "string" ? enc(c) : c));
  out.push(...s.end());
  return out;
}

describe("LineSplitter", () => {
  it.each([
    ["one chunk", ["a\nb\n"], ["a", "b"]],
    ["no final newline", ["a\nb"], ["a", "b"]],
    ["CRLF", ["a\r\nb\r\n"], ["a", "b"]],
    ["a line across chunks", ["ab", "c\nd", "e\n"], ["abc", "de"]],
    ["a CR at the end of one chunk, LF in the next", ["a\r", "\nb\n"], ["a", "b"]],
    ["empty lines are lines", ["a\n\nb\n"], ["a", "", "b"]],
    ["a multi-byte letter split across chunks", [enc("Hà").subarray(0, 2), enc("Hà").subarray(2), "\n"], ["Hà"]],
  ])("%s", (_n, chunks, want) => {
    const lines = split(chunks);
    expect(lines.map((l) => dec(l.bytes))).toEqual(want);
    expect(lines.map((l) => l.lineNo)).toEqual(want.map((_, i) => i + 1));
  });

  it("drops a line over the limit but counts it and goes on", () => {
    const lines = split(["short\n", "x".repeat(30), "y".repeat(30), "\nok\n"], 20);
    expect(lines.map((l) => [dec(l.bytes), l.size, l.truncated])).toEqual([
      ["short", 5, false],
      ["", 60, true],
      ["ok", 2, false],
    ]);
  });

  it("copies kept pieces, so a reused chunk buffer does not change a line", () => {
    const s = new LineSplitter();
    const buf = enc("abc");
    [...s.push(buf)];
    buf.set(enc("xyz"));
    expect(dec([...s.push(enc("\n"))][0]!.bytes)).toBe("abc");
  });
});

const line = (s: string | Uint8Array, lineNo = 3): Line => {
  const bytes = typeof s === "string" ? enc(s) : s;
  return { bytes, lineNo, size: bytes.length, truncated: false };
};

describe("recordFromLine", () => {
  it.each([
    ["id and text", '{"id":"a1","text":"Hà Nội"}', { id: "a1", text: "Hà Nội" }],
    ["a numeric id", '{"id":12,"text":"Huế"}', { id: "12", text: "Huế" }],
    ["no id: file:line", '{"text":"Huế"}', { id: "bao.jsonl:3", text: "Huế" }],
    ["null id", '{"id":null,"text":"Huế"}', { id: "bao.jsonl:3", text: "Huế" }],
    ["other fields dropped without keepMeta", '{"id":"a","text":"Huế","url":"u"}', { id: "a", text: "Huế" }],
    ["a BOM before the object", '\uFEFF{"id":"a","text":"Huế"}', { id: "a", text: "Huế" }],
  ])("accepts %s", (_n, s, want) => {
    expect(recordFromLine(line(s), { source: "bao.jsonl" })).toEqual(want);
  });

  it("keeps other fields as meta with keepMeta", () => {
    expect(recordFromLine(line('{"id":"a","text":"Huế","url":"https://bao.vn/a","tags":["x"]}'), { source: "f", keepMeta: true })).toEqual({
      id: "a",
      text: "Huế",
      meta: { url: "https://bao.vn/a", tags: ["x"] },
    });
  });

  it.each([
    ["broken JSON", '{"id": "a", "text": ', "bao.jsonl:3", "invalid-json"],
    ["an array", '["a","b"]', "bao.jsonl:3", "invalid-json"],
    ["a bare string", '"Hà Nội"', "bao.jsonl:3", "invalid-json"],
    ["no text", '{"id":"a"}', "a", "invalid-input"],
    ["text not a string", '{"id":"a","text":5}', "a", "invalid-input"],
    ["an object id", '{"id":{"x":1},"text":"Huế"}', "bao.jsonl:3", "invalid-input"],
    ["binary bytes", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0xff, 0xfe, 0x00]), "bao.jsonl:3", "invalid-utf8"],
  ])("rejects %s in place", (_n, s, id, code) => {
    expect(recordFromLine(line(s), { source: "bao.jsonl" })).toMatchObject({ id, error: { code, message: expect.stringContaining("line 3") } });
  });

  it("rejects a truncated or over-limit line as too-large", () => {
    expect(recordFromLine({ bytes: new Uint8Array(0), lineNo: 9, size: 5000, truncated: true }, { source: "f" })).toMatchObject({ id: "f:9", error: { code: "too-large" } });
    expect(recordFromLine(line('{"text":"abcdef"}', 2), { source: "f", maxBytes: 10 })).toMatchObject({ id: "f:2", error: { code: "too-large" } });
  });

  it("gives no record for a blank line", () => {
    expect(recordFromLine(line("   "), { source: "f" })).toBeNull();
  });
});
