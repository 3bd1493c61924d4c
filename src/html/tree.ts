// A tolerant reader of HTML into a tree of elements and text, enough to find an article in a news
// page: tags, attributes, comments, character references, raw-text elements (script, style), void
// elements (br, img), and the end tags that HTML leaves out ("<p>one<p>two", "<li>a<li>b"). Not the
// whole WHATWG tree construction: no foster parenting, no adoption agency, no foreign content rules.
// Linear in the input, whatever it holds: every step moves forward, and an end tag looks for its
// element only when one is open.
import { decodeEntities } from "./entities.js";

/** One element: its lower-case tag name, its attributes (values decoded), its children in order. */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: HtmlNode[];
  readonly parent: HtmlElement | null;
}

/** A child: an element, or text with its character references decoded. */
export type HtmlNode = HtmlElement | string;

// elements that never have children or an end tag
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
// elements whose content is text up to their end tag, never markup; title and textarea decode references
const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"]);
const DECODED_RAW = new Set(["textarea", "title"]);
// elements whose start tag closes an open <p> ("<p>one<div>two" puts the div after the p)
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
  "pre", "section", "summary", "table", "ul",
]);
// elements a <p> may be closed across: "<p><b>one<div>" closes the p (the b goes with it)
const PHRASING = new Set([
  "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "label", "mark", "q", "s", "samp",
  "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
]);
// … and those a list item, a term, a cell or a row may be closed across: "<li><p>a<li>b" closes both
const PHRASING_P = new Set([...PHRASING, "p"]);
const PHRASING_P_CELLS = new Set([...PHRASING_P, "td", "th"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
// how far up an implied end tag looks for its element: past this many open elements it is not closed
const IMPLIED_REACH = 64;

const TAG_NAME_END = /[\s/>]/g;
// an attribute name may start with "=" ("<a =x>"), never with a space, "/" or ">"
const ATTR_NAME = /[^\s/>][^\s/>=]*/y;
const SPACES = /[\s/]*/y;
const UNQUOTED = /[^\s>]*/y;
const rawEnds = new Map<string, RegExp>();

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Reads `html` into a tree under a root element of tag "#document". Never throws on any string. */
export function parseHtml(html: string): HtmlElement {
  const b = new TreeBuilder();
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) b.text(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    i = lt;
    const c = html.charCodeAt(i + 1);
    if (html.startsWith("<!--", i)) {
      const e = html.indexOf("-->", i + 4);
      i = e < 0 ? n : e + 3;
    } else if (c === 33 || c === 63) {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>: nothing to read
      const e = html.indexOf(">", i + 2);
      i = e < 0 ? n : e + 1;
    } else if (c === 47 && isAsciiLetter(html.charCodeAt(i + 2))) {
      const nameEnd = tagNameEnd(html, i + 2);
      const e = html.indexOf(">", nameEnd);
      b.end(html.slice(i + 2, nameEnd).toLowerCase());
      i = e < 0 ? n : e + 1;
    } else if (isAsciiLetter(c)) {
      i = startTag(html, i, b);
    } else {
      b.text("<");
      i++;
    }
  }
  return b.root;
}

function tagNameEnd(html: string, from: number): number {
  TAG_NAME_END.lastIndex = from;
  return TAG_NAME_END.exec(html) ? TAG_NAME_END.lastIndex - 1 : html.length;
}

/** Reads the start tag at `lt` and, for a raw-text element, its text and end tag; returns the index after them. */
function startTag(html: string, lt: number, b: TreeBuilder): number {
  const n = html.length;
  const nameEnd = tagNameEnd(html, lt + 1);
  const tag = html.slice(lt + 1, nameEnd).toLowerCase();
  const attrs = new Map<string, string>();
  let i = nameEnd;
  for (;;) {
    SPACES.lastIndex = i;
    SPACES.exec(html);
    i = SPACES.lastIndex;
    if (i >= n) return n; // a tag cut off by the end of the input is dropped, as HTML does
    if (html.charCodeAt(i) === 62) break;
    ATTR_NAME.lastIndex = i;
    const m = ATTR_NAME.exec(html);
    if (!m) break; // unreachable: SPACES stops at a name character, ">" or the end
    i = ATTR_NAME.lastIndex;
    let value = "";
    let j = i;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) === 61) {
      j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0) return n;
        value = html.slice(j + 1, close);
        i = close + 1;
      } else {
        UNQUOTED.lastIndex = j;
        UNQUOTED.exec(html);
        value = html.slice(j, UNQUOTED.lastIndex);
        i = UNQUOTED.lastIndex;
      }
    }
    const name = m[0].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(value));
  }
  i++; // past ">"
  if (!RAW_TEXT.has(tag)) {
    b.start(tag, attrs);
    return i;
  }
  // raw text: up to "</tag" followed by a space, "/" or ">", case aside
  let end = rawEnds.get(tag);
  if (!end) rawEnds.set(tag, (end = new RegExp(`</${tag}(?=[\\s/>])`, "gi")));
  end.lastIndex = i;
  const close = end.exec(html);
  const textEnd = close ? close.index : n;
  const el = b.start(tag, attrs);
  const raw = html.slice(i, textEnd);
  if (raw) el.children.push(DECODED_RAW.has(tag) ? decodeEntities(raw) : raw);
  b.end(tag);
  if (!close) return n;
  const gt = html.indexOf(">", textEnd);
  return gt < 0 ? n : gt + 1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

class TreeBuilder {
  readonly root: HtmlElement = { tag: "#document", attrs: new Map(), children: [], parent: null };
  private readonly stack: HtmlElement[] = [this.root];
  // how many elements of each tag are open: an end tag with none open is ignored without a search
  private readonly openCount = new Map<string, number>();

  private get top(): HtmlElement {
    return this.stack[this.stack.length - 1]!;
  }

  text(s: string): void {
    const kids = this.top.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === "string") kids[last] += s;
    else kids.push(s);
  }

  start(tag: string, attrs: ReadonlyMap<string, string>): HtmlElement {
    this.closeImplied(tag);
    const el: HtmlElement = { tag, attrs, children: [], parent: this.top };
    this.top.children.push(el);
    if (!VOID.has(tag)) {
      this.stack.push(el);
      this.openCount.set(tag, (this.openCount.get(tag) ?? 0) + 1);
    }
    return el;
  }

  end(tag: string): void {
    if (tag === "br") {
      // "</br>" is read as "<br>" by browsers
      this.start("br", new Map());
      return;
    }
    if (!this.openCount.get(tag)) return;
    this.popTo(tag);
  }

  /** Pops the open elements down to and including the nearest `tag` (which is open). */
  private popTo(tag: string): void {
    for (;;) {
      const el = this.stack.pop()!;
      this.openCount.set(el.tag, this.openCount.get(el.tag)! - 1);
      if (el.tag === tag) return;
    }
  }

  /**
   * Closes what a start tag of `tag` ends without an end tag: an open p before a block, the open li
   * before a new li, a heading inside a heading, a cell or row before the next one.
   */
  private closeImplied(tag: string): void {
    if (CLOSES_P.has(tag) && this.openCount.get("p")) this.closeNearest("p", PHRASING);
    if (tag === "li") this.closeNearest("li", PHRASING_P);
    else if (tag === "dt" || tag === "dd") this.closeNearest(["dt", "dd"], PHRASING_P);
    else if (tag === "td" || tag === "th") this.closeNearest(["td", "th"], PHRASING_P);
    else if (tag === "tr") this.closeNearest("tr", PHRASING_P_CELLS);
    else if (tag === "option") this.closeNearest("option", PHRASING);
    else if (HEADINGS.has(tag) && HEADINGS.has(this.top.tag)) this.popTo(this.top.tag);
  }

  /**
   * Closes the nearest open element named `tags` when only elements of `across` are open above it,
   * looking at most IMPLIED_REACH elements up.
   */
  private closeNearest(tags: string | readonly string[], across: ReadonlySet<string>): void {
    const names = typeof tags === "string" ? [tags] : tags;
    if (!names.some((t) => this.openCount.get(t))) return;
    const s = this.stack;
    for (let k = s.length - 1; k > 0 && k >= s.length - IMPLIED_REACH; k--) {
      const t = s[k]!.tag;
      if (names.includes(t)) {
        this.popTo(t);
        return;
      }
      if (!across.has(t)) return;
    }
  }
}

/** The elements under `root` (itself included) in document order, read without recursion (any depth). */
export function* elementsOf(root: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    for (let k = el.children.length - 1; k >= 0; k--) {
      const c = el.children[k]!;
      if (typeof c !== "string") stack.push(c);
    }
  }
}

/**
 * The words of an element's class, id and type attributes, lower case, cut also at "-" and "_":
 * "detail-sapo x" → detail, sapo, x; type="RelatedNewsBox" → relatednewsbox.
 */
export function classWords(el: HtmlElement): string[] {
  const c = `${el.attrs.get("class") ?? ""} ${el.attrs.get("id") ?? ""} ${el.attrs.get("type") ?? ""}`.toLowerCase();
  return c.split(/[\s_-]+/).filter(Boolean);
}
