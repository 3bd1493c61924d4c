import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { createParseStream } from "../../src/node.js";
import { BaochiError } from "../../src/index.js";
import { CHO_NOI, SHORT, TAN_PHU } from "./articles.js";

function collect(objectMode: boolean): Writable & { items: unknown[] } {
  const items: unknown[] = [];
  const w = new Writable({
    objectMode,
    write(chunk, _e, done) {
      items.push(chunk);
      done();
    },
  }) as Writable & { items: unknown[] };
  w.items = items;
  return w;
}

describe("createParseStream", () => {
  it("object mode: one result per article, in order, in a pipeline", async () => {
    const out = collect(true);
    await pipeline(Readable.from([{ id: "tp", text: TAN_PHU }, "", { id: "cn", text: CHO_NOI }]), createParseStream(), out);
    expect(out.items.map((r) => Object.keys(r as object))).toEqual([["id", "article"], ["id", "error"], ["id", "article"]]);
    expect(out.items.map((r) => (r as { id: string }).id)).toEqual(["tp", "1", "cn"]);
  });

  it("jsonl mode: bytes in any chunking, one JSON line out per record, errors in place", async () => {
    const input = [
      JSON.stringify({ id: "tp", text: TAN_PHU }),
      "{broken",
      "",
      JSON.stringify({ text: SHORT, source: "x" }),
    ].join("\n");
    const bytes = Buffer.from(input);
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 100), bytes.subarray(100)];
    const out = collect(false);
    await pipeline(Readable.from(chunks), createParseStream({ format: "jsonl", source: "in.jsonl", keepMeta: true }), out);
    const lines = Buffer.concat(out.items as Buffer[]).toString().trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.article ? "article" : l.error.code])).toEqual([
      ["tp", "article"],
      ["in.jsonl:2", "invalid-json"],
      ["in.jsonl:4", "article"],
    ]);
    expect(lines[2].meta).toEqual({ source: "x" });
  });

  it.each([[{ format: "csv" }], [{ maxBytes: 0 }], [{ detectLanguage: 1 }]])("throws invalid-options for %j", (opts) => {
    expect(() => createParseStream(opts as never)).toThrow(BaochiError);
  });
});
