// The text of a news page as a reader would copy it: the article's title, lead and dateline, its body,
// one block a line, and its author line; without the site's menus, scripts, comment forms and links
// to other stories. The plain-text pipeline then reads it like any pasted article.
import { classWords, elementsOf, parseHtml, type HtmlElement, type HtmlNode } from "./tree.js";
import { table } from "../lexicon/tables.js";

// subtrees that hold no article text
const SKIPPED = new Set([
  "head", "title", "script", "style", "noscript", "template", "iframe", "svg", "math", "button", "select", "textarea", "input",
  "form", "nav", "object", "embed", "canvas", "audio", "video", "map", "dialog",
]);
// elements that stand on lines of their own
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const CELLS = new Set(["td", "th"]);
const SUBHEADINGS = new Set(["h2", "h3", "h4", "h5", "h6"]);
/** What the words of an element's class and id say it holds (data/html-classes.tsv). */
type ClassKind = "title" | "lead" | "date" | "author" | "caption" | "boilerplate";

let classKinds: Map<string, ClassKind> | undefined;

/** The kinds named by the class and id words of `el`, as bits (see KIND_BIT); 0 for none. */
function classKindsOf(el: HtmlElement): number {
  if (!el.attrs.has("class") && !el.attrs.has("id") && !el.attrs.has("type")) return 0;
  classKinds ??= new Map(table("html-classes").map((r) => [r.word!, r.kind as ClassKind]));
  let bits = 0;
  for (const w of classWords(el)) {
    const k = classKinds.get(w);
    if (k) bits |= KIND_BIT[k];
  }
  return bits;
}
const LEAD = 1;
const DATE = 2;
const AUTHOR = 4;
const CAPTION = 8;
const BOILERPLATE = 16;
const TITLE = 32;
const KIND_BIT: Record<ClassKind, number> = { title: TITLE, lead: LEAD, date: DATE, author: AUTHOR, caption: CAPTION, boilerplate: BOILERPLATE };
// a paragraph of one of these kinds is the body's company, not the body: it gives no weight
const NOT_BODY = TITLE | LEAD | DATE | AUTHOR | BOILERPLATE;

// a paragraph shorter than this gives its container no weight ("Chia sẻ", "Xem thêm")
const MIN_PARAGRAPH = 25;
// below this many characters of paragraphs, no element is taken for the body: the whole page is read
const MIN_BODY = 100;

/** True when `text` starts as an HTML document or fragment does ("<!DOCTYPE html>", "<html", "<p>", "<div class=…>"). */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 512));
}
const HTML_START =
  /^\ufeff?\s*<(?:!doctype\s+html|!--|(?:html|head|body|article|main|section|header|div|p|h[1-6]|span|meta|title|figure|table|ul|ol|a|b|strong|em|img|br)(?=[\s>/]))/i;

/**
 * The text of an HTML page or fragment: the article's body (the element that holds the most paragraph
 * text, or the one marked itemprop="articleBody"), preceded by the page's headline (h1), lead and
 * date when they stand outside it, and followed by the author line. Each block is a line; a table row
 * is a line with its cells separated by tabs; character references are decoded; markup, scripts,
 * styles, forms and menus are dropped. Linear in the input.
 * @example htmlToText("<h1>Tiêu đề</h1><div><p>Đoạn một dài hơn hai mươi lăm ký tự.</p><p>Đoạn hai.</p></div>")
 * // "Tiêu đề\nĐoạn một dài hơn hai mươi lăm ký tự.\nĐoạn hai."
 */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/** What the markup says a line is, which the plain-text layout would otherwise have to guess. */
export type LineKind = "title" | "lead" | "heading" | "caption" | "paragraph";

/** htmlToText's text, and the kind of the lines whose element tells it, by the line's start offset. */
export interface HtmlReading {
  text: string;
  kinds: ReadonlyMap<number, LineKind>;
}

/**
 * htmlToText, with what the markup says of its lines: h1 a title, a sapo a lead, h2–h6 headings,
 * figcaption captions, table rows and list items paragraphs.
 */
export function readHtml(html: string): HtmlReading {
  const root = parseHtml(html);
  const page = new PageIndex(root);
  const body = page.first("body") ?? root;
  const container = page.articleBody(body);
  const out = new LineOut();
  if (container === body) {
    writeLines(page, body, out);
  } else {
    const { before, after } = page.around(body, container);
    for (const b of before) writeLines(page, b.el, out, b.kind);
    writeLines(page, container, out);
    for (const el of after) writeLines(page, el, out);
  }
  return out.reading();
}

/** Marked by schema.org's microdata as the article's body: itemprop="articleBody". */
function isArticleBody(el: HtmlElement): boolean {
  const prop = el.attrs.get("itemprop");
  return prop !== undefined && /\barticleBody\b/.test(prop);
}

/** The elements of a page in document order, with their visible text lengths and subtree extents. */
class PageIndex {
  readonly elements: HtmlElement[] = [];
  private readonly order = new Map<HtmlElement, number>();
  /** elements in the subtree (itself included), by element */
  private readonly size: number[];
  /** characters of visible text in the subtree, by element */
  private readonly length: number[];
  /** inside an element whose text is skipped (a script, a form, a nav), by element */
  private readonly hidden: boolean[] = [];
  /** inside page furniture (class words: related, comments, share …), by element */
  private readonly furniture: boolean[] = [];
  /** characters of visible text inside links (a), by element */
  private readonly linkLength: number[];
  /** characters of text written directly in the element (not in a child element), by element */
  private readonly ownLength: number[];
  /** what the element's class, id and type words say it holds (classKindsOf), by element */
  private readonly classBits: number[] = [];

  constructor(root: HtmlElement) {
    for (const el of elementsOf(root)) {
      // parents come first: the parent's flags are known
      const pk = el.parent === null ? -1 : this.order.get(el.parent)!;
      this.hidden.push(SKIPPED.has(el.tag) || (pk >= 0 && this.hidden[pk]!));
      this.classBits.push(classKindsOf(el));
      this.order.set(el, this.elements.length);
      this.elements.push(el);
    }
    // children come after their parents: summed from the end, each parent's total is complete when reached
    const n = this.elements.length;
    this.size = new Array<number>(n).fill(1);
    this.length = new Array<number>(n).fill(0);
    this.linkLength = new Array<number>(n).fill(0);
    this.ownLength = new Array<number>(n).fill(0);
    // holds a headline, an article element or the element marked as the article's body
    const holdsArticle = new Array<boolean>(n).fill(false);
    for (let k = n - 1; k >= 0; k--) {
      const el = this.elements[k]!;
      if (el.tag === "h1" || el.tag === "article" || isArticleBody(el)) holdsArticle[k] = true;
      if (SKIPPED.has(el.tag)) this.length[k] = 0;
      else {
        for (const c of el.children) if (typeof c === "string") this.ownLength[k]! += c.trim().length;
        this.length[k]! += this.ownLength[k]!;
      }
      const p = el.parent;
      if (p) {
        const pk = this.order.get(p)!;
        this.size[pk]! += this.size[k]!;
        if (holdsArticle[k]) holdsArticle[pk] = true;
        if (!SKIPPED.has(el.tag)) {
          this.length[pk]! += this.length[k]!;
          this.linkLength[pk]! += el.tag === "a" ? this.length[k]! : this.linkLength[k]!;
        }
      }
    }
    // furniture: an element classed so (related, comments, share …) and all inside it, unless it holds
    // the article: VnExpress's main column is "sidebar-1"
    for (let k = 0; k < n; k++) {
      const el = this.elements[k]!;
      const pk = el.parent === null ? -1 : this.order.get(el.parent)!;
      this.furniture.push((pk >= 0 && this.furniture[pk]!) || (!holdsArticle[k] && el.tag !== "body" && (this.classBits[k]! & BOILERPLATE) !== 0));
    }
  }

  first(tag: string): HtmlElement | undefined {
    return this.elements.find((e) => e.tag === tag);
  }

  /** True when `inner` is `outer` or inside it. */
  contains(outer: HtmlElement, inner: HtmlElement): boolean {
    const o = this.order.get(outer)!;
    const i = this.order.get(inner)!;
    return i >= o && i < o + this.size[o]!;
  }

  textLength(el: HtmlElement): number {
    return this.length[this.order.get(el)!]!;
  }

  /** classKindsOf(el), read once when the page was indexed. */
  classKinds(el: HtmlElement): number {
    return this.classBits[this.order.get(el)!]!;
  }

  /**
   * The element that holds the article's body: the longest one marked itemprop="articleBody";
   * else the element whose paragraphs (p, with their text) weigh most, a paragraph counting fully
   * for its parent and half for the element above; else the page's article or main element; else `body`.
   */
  articleBody(body: HtmlElement): HtmlElement {
    let best: HtmlElement | undefined;
    for (const el of this.elements) {
      if (!this.contains(body, el) || !isArticleBody(el)) continue;
      if (!best || this.textLength(el) > this.textLength(best)) best = el;
    }
    if (best && this.textLength(best) > 0) return best;
    const score = new Map<HtmlElement, number>();
    for (let k = 0; k < this.elements.length; k++) {
      const el = this.elements[k]!;
      if (!this.contains(body, el) || this.furniture[k] || this.hidden[k] || this.classBits[k]! & NOT_BODY) continue;
      // a paragraph weighs for the element that holds it: its text that is not links (a list of links
      // to other stories weighs nothing); text written straight into a block between <br>s, as older
      // CMSs do ("<td>Đoạn một.<br><br>Đoạn hai.</td>"), weighs for that block itself
      const paragraph = el.tag === "p";
      const len = paragraph ? this.length[k]! - this.linkLength[k]! : BLOCKS.has(el.tag) || CELLS.has(el.tag) ? this.ownLength[k]! : 0;
      const holder = paragraph ? el.parent : el;
      if (len < MIN_PARAGRAPH || !holder) continue;
      score.set(holder, (score.get(holder) ?? 0) + len);
      if (holder.parent) score.set(holder.parent, (score.get(holder.parent) ?? 0) + len / 2);
    }
    let top = 0;
    for (const [el, s] of score) {
      if (s > top || (s === top && best && this.order.get(el)! < this.order.get(best)!)) {
        top = s;
        best = el;
      }
    }
    if (best && top >= MIN_BODY && this.contains(body, best)) return best;
    return this.elements.find((e) => e.tag === "article" && this.contains(body, e) && this.textLength(e) > 0) ?? this.elements.find((e) => e.tag === "main" && this.contains(body, e)) ?? body;
  }

  /**
   * What a reader takes with the body from around it: before it, the headline (the first h1 outside
   * it; on a page without one, the first element classed as a title, "title", "tieude") and the lead
   * and date elements near the headline; after it, the first author element, or one set before the
   * body when none follows it (the layout reads an author at the end). "Near": inside the smallest
   * element that holds both the headline and the body, and not in a nav, a footer or a header
   * without the headline (the site's own bar, with today's date). Without any headline, near is the
   * body's parent, or the element above it when that holds nothing before the body.
   */
  around(body: HtmlElement, container: HtmlElement): { before: { el: HtmlElement; kind?: LineKind }[]; after: HtmlElement[] } {
    const before: { el: HtmlElement; kind?: LineKind }[] = [];
    const after: HtmlElement[] = [];
    const visible = (e: HtmlElement): boolean => this.contains(body, e) && !this.contains(container, e) && this.textLength(e) > 0 && !this.hidden[this.order.get(e)!];
    const h1 = this.elements.find((e) => e.tag === "h1" && visible(e));
    let region: HtmlElement = h1 ?? container;
    if (h1) while (region.parent && !this.contains(region, container)) region = region.parent;
    else for (let up = 0; up < 2 && region.parent && region !== body; up++) {
      region = region.parent;
      if (this.order.get(container)! > this.order.get(region)! + 1) break; // something stands before the body
    }
    const start = this.order.get(region)!;
    const end = start + this.size[start]!;
    const containerAt = this.order.get(container)!;
    const containerEnd = containerAt + this.size[containerAt]!;
    let headline = h1;
    let authorBefore: HtmlElement | undefined;
    const chromeEnds: number[] = []; // where each open nav, footer or headline-less header ends
    for (let k = start + 1; k < end; k++) {
      while (chromeEnds.length && k >= chromeEnds[chromeEnds.length - 1]!) chromeEnds.pop();
      const el = this.elements[k]!;
      const isChrome = el.tag === "nav" || el.tag === "footer" || el.tag === "aside" || (el.tag === "header" && !(h1 && this.contains(el, h1)));
      if (isChrome) chromeEnds.push(k + this.size[k]!);
      if (chromeEnds.length || this.hidden[k] || this.furniture[k] || this.textLength(el) === 0) continue;
      if (k < containerAt) {
        if (this.contains(el, container)) continue;
        const kinds = this.classBits[k]!;
        const isDate = el.tag === "time" || el.attrs.get("data-role") === "publishdate" || (kinds & DATE) !== 0;
        let kind: LineKind | undefined;
        if (el === h1) kind = "title";
        else if (!headline && kinds & TITLE) {
          headline = el;
          kind = "title";
        } else if (kinds & LEAD) kind = "lead";
        else if (!isDate) {
          if (kinds & AUTHOR) authorBefore ??= el;
          continue;
        }
        before.push({ el, kind });
        k += this.size[k]! - 1; // not also its descendants
      } else if (k >= containerEnd && this.classBits[k]! & AUTHOR) {
        after.push(el);
        break;
      }
    }
    if (after.length === 0 && authorBefore) after.push(authorBefore);
    return { before, after };
  }
}

/**
 * Writes the text of `el` to `out`: one line per block, cells separated by tabs. `kind`: what its lines
 * are when the page, not its markup, says it (a title classed "title"). Page furniture inside it
 * (a related-stories box in the body) is left out.
 */
function writeLines(page: PageIndex, el: HtmlElement, out: LineOut, kind?: LineKind): void {
  const w = new LineWriter(out);
  if (kind) w.kinds.push(kind);
  // an element is pushed again as its exit after its children; `pre` counts the open pre elements
  const stack: (HtmlNode | { exit: HtmlElement; kind: LineKind | undefined })[] = [el];
  let pre = 0;
  while (stack.length) {
    const x = stack.pop()!;
    if (typeof x === "string") {
      if (pre) w.preformatted(x);
      else w.text(x);
      continue;
    }
    if ("exit" in x) {
      if (x.exit.tag === "pre") pre--;
      // a cell that says what it is (a caption under a photo in a table) ends its line with it
      if (BLOCKS.has(x.exit.tag) || (x.kind && CELLS.has(x.exit.tag))) w.lineBreak();
      if (x.kind) w.kinds.pop();
      continue;
    }
    if (SKIPPED.has(x.tag)) continue;
    const bits = page.classKinds(x);
    if (x !== el && bits & BOILERPLATE) continue;
    if (x.tag === "br") {
      w.lineBreak();
      continue;
    }
    if (BLOCKS.has(x.tag)) w.lineBreak();
    else if (CELLS.has(x.tag)) w.cell();
    if (x.tag === "pre") pre++;
    const k = kindOf(x, bits);
    if (k) {
      if (CELLS.has(x.tag)) w.lineBreak();
      w.kinds.push(k);
    }
    stack.push({ exit: x, kind: k });
    for (let c = x.children.length - 1; c >= 0; c--) stack.push(x.children[c]!);
  }
  w.lineBreak();
}

/**
 * What an element's markup says its lines are: "<h1>" a title, "<figcaption>" a caption …; `kinds`:
 * what its class words say (classKindsOf).
 */
function kindOf(el: HtmlElement, kinds: number): LineKind | undefined {
  if (el.tag === "h1") return "title";
  // a table row or a list item is never a heading or a caption, however short ("TP Thủ Đức\t9")
  if (el.tag === "tr" || el.tag === "li") return "paragraph";
  if (el.tag === "figcaption") return "caption";
  if (SUBHEADINGS.has(el.tag)) return kinds & LEAD ? "lead" : "heading";
  if (kinds & CAPTION) return "caption";
  if (kinds & LEAD) return "lead";
  return undefined;
}

/** The lines written so far and the kinds the markup gave them. */
class LineOut {
  readonly lines: string[] = [];
  readonly kinds: (LineKind | undefined)[] = [];

  reading(): HtmlReading {
    const kinds = new Map<number, LineKind>();
    let at = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const k = this.kinds[i];
      if (k) kinds.set(at, k);
      at += this.lines[i]!.length + 1;
    }
    return { text: this.lines.join("\n"), kinds };
  }
}

const HTML_SPACES = /[\t\n\f\r ]+/g;

/**
 * Gathers inline text into lines: HTML's white space collapsed, lines trimmed, empty lines dropped.
 * A line is kept as its pieces and joined once at its end: a paragraph of many small elements
 * ("<b>a</b>" a hundred thousand times) is not copied again at each piece.
 */
class LineWriter {
  private parts: string[] = [];
  /** a piece with a character other than white space was written */
  private hasText = false;
  /** the last piece ends with a space or a tab */
  private endsInSpace = false;
  /** the kinds of the elements open around the text (the innermost last) */
  readonly kinds: LineKind[] = [];
  constructor(private readonly out: LineOut) {}

  text(s: string): void {
    let t = s.replace(HTML_SPACES, " ");
    if (t.charCodeAt(0) === 32 && (this.parts.length === 0 || this.endsInSpace)) t = t.slice(1);
    this.add(t);
  }

  preformatted(s: string): void {
    const parts = s.replace(/\r\n?/g, "\n").split("\n");
    parts.forEach((p, i) => {
      if (i > 0) this.lineBreak();
      this.add(p);
    });
  }

  cell(): void {
    if (!this.hasText) return;
    if (this.endsInSpace) {
      const last = this.parts.length - 1;
      this.parts[last] = this.parts[last]!.trimEnd();
    }
    this.add("\t");
  }

  lineBreak(): void {
    if (this.hasText) {
      this.out.lines.push(this.parts.join("").trim());
      this.out.kinds.push(this.kinds[this.kinds.length - 1]);
    }
    this.parts = [];
    this.hasText = false;
    this.endsInSpace = false;
  }

  private add(t: string): void {
    if (t === "") return;
    this.parts.push(t);
    const last = t.charCodeAt(t.length - 1);
    this.endsInSpace = last === 32 || last === 9;
    if (!this.hasText && t.trim() !== "") this.hasText = true;
  }
}
