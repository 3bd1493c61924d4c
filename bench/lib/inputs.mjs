// Reading the articles a bench run measures: fixtures/**/*.txt, or a corpus given as a folder of
// JSONL files, one JSONL file ({"id", "text"} per line) or one .txt file (one article).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, basename } from "node:path";

/** @typedef {{ id: string, text: string }} Item */

/**
 * @param {string} dir
 * @param {(name: string) => boolean} keep
 * @returns {string[]}
 */
function walk(dir, keep) {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p, keep) : keep(n) ? [p] : [];
    });
}

/**
 * The articles of a fixtures folder: every .txt under it.
 * @param {string} dir
 * @returns {Item[]}
 */
export function readFixtures(dir) {
  return walk(dir, (n) => n.endsWith(".txt")).map((p) => ({ id: relative(dir, p), text: readFileSync(p, "utf8") }));
}

/**
 * The articles of a corpus path: a folder (its *.jsonl and *.txt files), a JSONL file or a text file.
 * @param {string} path
 * @returns {Item[]}
 */
export function readCorpus(path) {
  if (statSync(path).isDirectory()) return walk(path, (n) => n.endsWith(".jsonl") || n.endsWith(".txt")).flatMap(readCorpusFile);
  return readCorpusFile(path);
}

/**
 * @param {string} file
 * @returns {Item[]}
 */
function readCorpusFile(file) {
  const raw = readFileSync(file, "utf8");
  if (!file.endsWith(".jsonl")) return [{ id: basename(file), text: raw }];
  /** @type {Item[]} */
  const out = [];
  raw.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let rec;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON (${e instanceof Error ? e.message : e})`);
    }
    if (typeof rec?.text !== "string") throw new Error(`${file}:${i + 1}: no "text" string`);
    out.push({ id: String(rec.id ?? `${basename(file)}:${i + 1}`), text: rec.text });
  });
  return out;
}

/**
 * The set split in two, the even-numbered articles and the odd-numbered ones: a long batch's
 * measurements parse one half to settle the JIT and time the other, which the process has not seen.
 * @param {Item[]} items
 * @returns {{ even: Item[], odd: Item[] }}
 */
export function halves(items) {
  return { even: items.filter((_, i) => i % 2 === 0), odd: items.filter((_, i) => i % 2 === 1) };
}

/**
 * Joins articles (blank line between) until the UTF-8 size reaches `bytes`, then cuts there.
 * @param {Item[]} items
 * @param {number} bytes
 * @returns {string}
 */
export function textOfSize(items, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % items.length) {
    const t = items[i].text + "\n\n";
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  let text = parts.join("");
  // cut by characters, then adjust to the byte target (Vietnamese runs ~1.3 bytes a character)
  let cut = Math.floor((text.length * bytes) / size);
  while (cut > 0 && Buffer.byteLength(text.slice(0, cut)) > bytes) cut -= 16;
  text = text.slice(0, cut);
  // never end inside a surrogate pair
  if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
  return text;
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The article as a news site would serve it: its first line as the page's h1, the other lines as the
 * paragraphs of an <article>, around them the furniture of a page (a header with a menu and today's
 * date, a sidebar of links, a related-stories box, a comment form, a footer, scripts and styles).
 * The markup is ours and the same for every article; only the article's own text varies.
 * @param {string} text
 * @returns {string}
 */
export function asPage(text) {
  const [first = "", ...rest] = text.split("\n").filter((l) => l.trim() !== "");
  const links = (n) => Array.from({ length: n }, (_, i) => `<li><a href="/tin-${i}.html">Tin thứ ${i + 1} trong mục xem nhiều hôm nay</a></li>`).join("");
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(first)} | Báo Mẫu</title>
<style>body{font-family:Arial}.fck_detail p{margin:0 0 1em}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}if(a<b){gtag("js",new Date())}</script></head>
<body><header class="site-header"><span class="date">Thứ Bảy, 28/11/2026</span><nav class="menu"><ul>${links(8)}</ul></nav></header>
<div class="container"><div class="sidebar-1"><h1 class="title-detail">${escapeHtml(first)}</h1>
<article class="fck_detail">${rest.map((l) => `<p class="Normal">${escapeHtml(l)}</p>`).join("\n")}</article>
<div class="box-related"><h3>Tin liên quan</h3><ul>${links(5)}</ul></div>
<div class="comments"><form><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi</button></form></div></div>
<aside class="sidebar-2"><ul>${links(10)}</ul></aside></div>
<footer><p>© Báo Mẫu. Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
<script src="/js/app.js"></script><script>document.querySelectorAll("p").forEach(function(p){if(p.innerHTML.length<1){p.remove()}})</script>
</body></html>`;
}
