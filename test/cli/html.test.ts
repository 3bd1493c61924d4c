import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TAN_PHU } from "../stream/articles.js";
import { cli } from "./helpers.js";

// a saved page, written for this test
const PAGE = `<!DOCTYPE html><html><head><title>Báo X</title></head><body>
<nav><a href="/">Trang chủ</a></nav>
<h1 class="title-detail">Xã Tân Phú ra quân làm đường giao thông nông thôn</h1>
<p class="description">Người dân xã Tân Phú góp 1.200 ngày công làm 3 km đường bê tông.</p>
<article class="fck_detail">
<p>Chủ tịch UBND xã Tân Phú Lê Văn Hòa cho biết, xã đã huy động hơn 2 tỷ đồng từ người dân.</p>
<p>Theo Kế hoạch 35/KH-UBND ngày 10-3-2024, xã sẽ hoàn thành tuyến đường trước tháng 9.</p>
</article>
<footer><p>Giấy phép số 123 của Bộ Thông tin và Truyền thông cấp cho Báo X.</p></footer>
</body></html>`;

let dir: string;
const lines = (s: string) => s.trimEnd().split("\n").map((l) => JSON.parse(l));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baochi-html-"));
  mkdirSync(join(dir, "saved"));
  writeFileSync(join(dir, "saved", "a.txt"), TAN_PHU);
  writeFileSync(join(dir, "saved", "b.html"), PAGE);
  writeFileSync(join(dir, "saved", "c.HTM"), PAGE);
  writeFileSync(join(dir, "saved", "d.css"), "p { color: red }");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("HTML input on the command line", () => {
  it("batch reads a folder's .txt, .html and .htm files, each page as HTML", async () => {
    const r = await cli(["batch", join(dir, "saved"), "-j", "1", "-q"]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(["a.txt", "b.html", "c.HTM"]);
    expect(out[0].article.text).toBe(TAN_PHU);
    for (const page of out.slice(1)) {
      expect(page.article.title.text).toBe("Xã Tân Phú ra quân làm đường giao thông nông thôn");
      expect(page.article.text).not.toMatch(/<|Trang chủ|Giấy phép/);
      expect(page.article.warnings.map((w: { code: string }) => w.code)).toContain("read-as-html");
      expect(page.article.documents.map((d: { text: string }) => d.text)).toEqual(["Kế hoạch 35/KH-UBND ngày 10-3-2024"]);
    }
  });

  it("batch --input-format text keeps a page as it is; html takes no warning", async () => {
    const asText = lines((await cli(["batch", join(dir, "saved", "b.html"), "-j", "1", "-q", "--input-format", "text"])).stdout)[0];
    expect(asText.article.text).toBe(PAGE);
    const asHtml = lines((await cli(["batch", join(dir, "saved", "b.html"), "-j", "1", "-q", "--input-format", "html"])).stdout)[0];
    expect(asHtml.article.warnings.map((w: { code: string }) => w.code)).not.toContain("read-as-html");
    expect(asHtml.article.lead.text).toBe("Người dân xã Tân Phú góp 1.200 ngày công làm 3 km đường bê tông.");
  });

  it("batch reads HTML in JSONL records' text", async () => {
    const r = await cli(["batch", "-", "-j", "1", "-q"], JSON.stringify({ id: "p", text: PAGE }) + "\n");
    expect(lines(r.stdout)[0].article.people.map((p: { name: string }) => p.name)).toEqual(["Lê Văn Hòa"]);
  });

  it("parse reads a page from standard input, and --input-format chooses", async () => {
    const auto = JSON.parse((await cli(["parse", "-", "--no-language"], PAGE)).stdout);
    expect(auto.title.text).toBe("Xã Tân Phú ra quân làm đường giao thông nông thôn");
    const text = JSON.parse((await cli(["parse", "-", "--input-format", "text"], PAGE)).stdout);
    expect(text.text).toBe(PAGE);
  });

  it.each([
    [["parse", "-", "--input-format", "xml"]],
    [["batch", "-", "--input-format", "pdf"]],
  ])("rejects %j as a usage error", async (argv) => {
    const r = await cli(argv, "x");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--input-format/);
  });
});

describe("HTML records: {id, html}", () => {
  it("batch reads a JSONL line's html field as a page, and keeps a line with both fields by its text", async () => {
    const input = [JSON.stringify({ id: "page", html: PAGE, url: "https://bao.vn/x" }), JSON.stringify({ id: "both", text: TAN_PHU, html: PAGE }), JSON.stringify({ id: "bad", html: 5 })].join("\n");
    const r = await cli(["batch", "-", "-j", "1", "-q", "--keep-meta"], input);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(["page", "both", "bad"]);
    expect(out[0].article.title.text).toBe("Xã Tân Phú ra quân làm đường giao thông nông thôn");
    // asked for as HTML: no warning that it was guessed
    expect(out[0].article.warnings.map((w: { code: string }) => w.code)).not.toContain("read-as-html");
    expect(out[0].meta).toEqual({ url: "https://bao.vn/x" });
    expect(out[1].article.text).toBe(TAN_PHU);
    expect(out[1].meta).toEqual({ html: PAGE });
    expect(out[2].error).toEqual({ code: "invalid-input", message: 'line 3: "html" must be a string, got number' });
    expect(r.code).toBe(1);
  });

  it("parseArticles takes { id, html }", async () => {
    const { parseArticles } = await import("../../src/index.js");
    const got = [];
    for await (const r of parseArticles([{ id: "p", html: "<p>Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc cho biết.</p>" }, { id: "t", text: "<p>giữ nguyên</p>" }], { inputFormat: "text" })) got.push(r);
    expect(got.map((r) => ("article" in r ? r.article.text : r.error.code))).toEqual(["Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc cho biết.", "<p>giữ nguyên</p>"]);
  });
});

describe("--keywords over pages", () => {
  // character references, a menu and a footer: none of them is in the text the Article holds
  const page = `<html><body><nav><a>Trang chủ</a></nav><h1>Th&agrave;nh ph&#7889; tri&#7875;n khai d&#7921; &aacute;n</h1>
    <article><p>Th&agrave;nh ph&#7889; &#273;&atilde; tri&#7875;n khai d&#7921; &aacute;n c&#7843;i t&#7841;o k&ecirc;nh r&#7841;ch trong n&#259;m nay.</p>
    <p>Ng&#432;&#7901;i d&acirc;n &#273;&#7891;ng t&igrave;nh v&#7899;i ch&#7911; tr&#432;&#417;ng c&#7911;a th&agrave;nh ph&#7889;.</p></article>
    <footer><p>Gi&#7845;y ph&eacute;p s&#7889; 123 c&#7911;a B&#7897; Th&ocirc;ng tin.</p></footer></body></html>`;

  it.each([
    ["a page in a text field", { id: "p", text: page }, {}],
    ["a page in an html field", { id: "p", html: page }, { html: true as const }],
  ])("pass 1 counts the terms of the text the Article holds: %s", async (_name, input, flag) => {
    const { createContext, runTask } = await import("../../src/cli/batch/task.js");
    const { documentTerms } = await import("../../src/keywords/terms.js");
    const { parseArticle } = await import("../../src/index.js");
    const ctx = await createContext({ mode: "terms", maxBytes: 1e7, parse: { detectLanguage: false } });
    const text = "html" in input ? input.html : input.text;
    const out = runTask({ kind: "record", record: { id: "p", text, ...flag } }, ctx);
    const articleText = parseArticle(text, { detectLanguage: false }).text;
    expect(articleText).not.toMatch(/&|Trang chủ|Giấy phép/);
    expect(out.terms).toEqual([...documentTerms(articleText).keys()]);
  });

  it("gives a page the keywords of its text, in a text or an html field alike", async () => {
    const input = [JSON.stringify({ id: "p1", html: PAGE }), JSON.stringify({ id: "p2", text: PAGE }), JSON.stringify({ id: "t", text: TAN_PHU })].join("\n");
    const out = lines((await cli(["batch", "-", "-j", "1", "-q", "--keywords", "8"], input)).stdout);
    expect(out[0].article.keywords.length).toBeGreaterThan(0);
    expect(out[0].article.keywords).toEqual(out[1].article.keywords);
  });
});
