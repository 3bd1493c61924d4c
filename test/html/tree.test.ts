import { describe, expect, it } from "vitest";
import { parseHtml, classWords, elementsOf, type HtmlElement, type HtmlNode } from "../../src/html/tree.js";

/** The tree as a compact string: tag[children], text in quotes. */
function show(node: HtmlNode): string {
  if (typeof node === "string") return JSON.stringify(node);
  const kids = node.children.map(show).join(",");
  return node.tag === "#document" ? kids : `${node.tag}[${kids}]`;
}

describe("parseHtml", () => {
  it.each([
    ["nested elements", "<div><p>a <b>b</b></p></div>", 'div[p["a ",b["b"]]]'],
    ["a p closed by the next p", "<p>one<p>two", 'p["one"],p["two"]'],
    ["a p closed by a block, across inline elements", "<p><b>one<div>two</div>", 'p[b["one"]],div["two"]'],
    ["list items closed by the next item", "<ul><li>a<li>b</ul>", 'ul[li["a"],li["b"]]'],
    ["table cells and rows closed by the next", "<table><tr><td>a<td>b<tr><td>c</table>", 'table[tr[td["a"],td["b"]],tr[td["c"]]]'],
    ["void elements take no children", "<p>a<br>b<img src=x>c</p>", 'p["a",br[],"b",img[],"c"]'],
    ["</br> is a line break", "a</br>b", '"a",br[],"b"'],
    ["an end tag with nothing open is ignored", "</div>a</span>b", '"ab"'],
    ["an end tag closes the elements left open inside", "<div><span><b>a</div>b", 'div[span[b["a"]]],"b"'],
    ["a heading inside a heading closes it", "<h2>a<h3>b</h3>", 'h2["a"],h3["b"]'],
    ["comments, doctype and processing instructions are dropped", "<!DOCTYPE html><?xml x?><!-- <p>no</p> -->a", '"a"'],
    ["script text is not markup", '<script>if (a<b) x="</p><p>"</script>c', 'script["if (a<b) x=\\"</p><p>\\""],"c"'],
    ["raw text ends at its end tag in any case", "<STYLE>p{}</Style >x", 'style["p{}"],"x"'],
    ["a title decodes its references", "<title>H&agrave; N&#7897;i</title>", 'title["Hà Nội"]'],
    ["a < that opens no tag is text", "a < b <3 <- c", '"a < b <3 <- c"'],
    ["references in text", "<p>&lt;b&gt; &amp;</p>", 'p["<b> &"]'],
    ["upper-case tags", "<DIV><P>a</P></DIV>", 'div[p["a"]]'],
  ])("%s", (_name, html, expected) => {
    expect(show(parseHtml(html))).toBe(expected);
  });

  it("reads attributes: quoted, unquoted, empty, repeated, with references", () => {
    const root = parseHtml(`<a href="/x?a=1&amp;b=2" data-x=y class='c d' hidden id = "k" class="no">t</a>`);
    const a = root.children[0] as HtmlElement;
    expect(Object.fromEntries(a.attrs)).toEqual({ href: "/x?a=1&b=2", "data-x": "y", class: "c d", hidden: "", id: "k" });
  });

  it.each([
    ["a tag cut off by the end of the input", "<p>a</p><div class=", 'p["a"]'],
    ["an attribute value never closed", '<p>a</p><img alt="x>b', 'p["a"]'],
    ["a comment never closed", "a<!-- b", '"a"'],
    ["a script never closed", "a<script>b", '"a",script["b"]'],
  ])("malformed: %s", (_name, html, expected) => {
    expect(show(parseHtml(html))).toBe(expected);
  });

  it("keeps every element's parent", () => {
    const root = parseHtml("<div><p><b>a</b></p></div>");
    for (const el of elementsOf(root)) for (const c of el.children) if (typeof c !== "string") expect(c.parent).toBe(el);
  });

  it("reads any depth without recursion", () => {
    const depth = 200_000;
    const root = parseHtml("<div>".repeat(depth) + "x");
    expect([...elementsOf(root)].length).toBe(depth + 1);
  });

  it("classWords cuts class and id at spaces, - and _", () => {
    const el = parseHtml('<div class="detail-sapo  PhotoCMS_Caption" id="main-body">').children[0] as HtmlElement;
    expect(classWords(el)).toEqual(["detail", "sapo", "photocms", "caption", "main", "body"]);
  });
});
