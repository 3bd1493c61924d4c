// Later, shorter names of an organisation found in full. Two kinds:
// - a short form in brackets right after it: "Tập đoàn Dầu khí Việt Nam (PVN)", "Công ty Cổ phần Xơ
//   sợi Dầu khí (PVTex)"; then "PVN", "PVTex" alone name it;
// - the proper name that ends a company's, a bank's or a hospital's name, two words or more: "Thiên Nam"
//   of "Công ty Thang máy Thiên Nam", "Chợ Rẫy" of "Bệnh viện Chợ Rẫy".
// A mention is a whole capitalised run equal to a short name, outside every place and organisation,
// and not right after a common noun.
import type { OrganizationKind } from "../../schema/article.js";
import type { Marks, Sent } from "../people/context.js";
import type { OrgPhrase } from "../people/org-phrase.js";
import { tokAt, type Tok } from "../people/tokens.js";
import { isVietnameseSyllable } from "../people/syllable.js";
import { country } from "../../lexicon/gazetteer.js";
import { lexicon } from "../people/lexicon.js";
import { surnameAt } from "../people/surnames.js";

// (PVN) · (NHNN) · (GD&ĐT): an acronym; (PVTex) · (Vinachem): a brand with capitals inside or a word
// that is no Vietnamese syllable. Not "(Nga)", "(Huế)": a place in brackets.
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;
const BRAND = /^[\p{Lu}][\p{L}\p{N}&-]{2,15}$/u;
const CAPITAL = /\p{Lu}/gu;

/** The short form in brackets right after an organisation ending before `k`, or null. */
export function bracketedShort(toks: readonly Tok[], k: number): string | null {
  if (toks[k]?.t !== "(" || toks[k + 2]?.t !== ")") return null;
  const t = toks[k + 1]!;
  if (!t.word) return null;
  // "Ban An toàn giao thông (ATGT)": an acronym of a field names the field ("trật tự ATGT"), not the board
  const listed = lexicon().orgNames.longest(toks, k + 1, k + 2);
  if (listed && !listed.value.whole) return null;
  if (ACRONYM.test(t.t)) return t.t;
  if (!BRAND.test(t.t) || country(t.t)) return null;
  return (t.t.match(CAPITAL)?.length ?? 0) >= 2 || !isVietnameseSyllable(t.t) ? t.t : null;
}

const NAMED_BY_TAIL = new Set<OrganizationKind>(["company", "bank", "hospital"]);

/** The capitalised words that end a company's, a bank's or a hospital's phrase (two to four), or null. */
export function trailingName(toks: readonly Tok[], p: OrgPhrase, loc: Marks): string | null {
  if (!p.kind || !NAMED_BY_TAIL.has(p.kind)) return null;
  let a = p.end;
  while (a > p.headEnd && isCapWord(toks[a - 1]!) && !loc.inside[a - 1] && (a === p.end || !toks[a]!.glued)) a--;
  const n = p.end - a;
  if (n < 2 || n > 4 || a === p.start) return null;
  // "công ty Kỳ Hiểu Ba", "công ty Nguyễn Văn A": a head in lower case before a person's full name is
  // as often the person's company; the name said alone is then the person
  if (!toks[p.start]!.cap || (n >= 3 && surnameAt(toks, a) > 0)) return null;
  return key(toks, a, p.end);
}

/**
 * The mentions of `shorts` (key → what it names) in one sentence: whole capitalised runs outside the
 * places and the organisations already found (`taken`). Calls `add(value, start, end)` with token indices.
 */
export function findShort<V>(
  st: Sent, loc: Marks, taken: Uint8Array, shorts: ReadonlyMap<string, V>, afterNoun: boolean, add: (v: V, a: number, b: number) => void,
): void {
  const toks = st.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word || !t.cap || taken[i] || loc.inside[i]) continue;
    // a run starts here: not after a capitalised word, not glued to a word, and unless `afterNoun`, not
    // after a common noun that makes it part of another name ("Bánh kẹo Hải Hà", "vùng biển Vĩnh
    // Tân"); a function word is fine ("của Thiên Nam", "và Thiên Nam")
    const p = toks[i - 1];
    if (p?.word && !lexicon().stopwords.has(p.f) && (p.cap ? !p.glued : !afterNoun)) continue;
    if (t.glued && p?.word) continue;
    let b = i + 1;
    while (b < toks.length && b - i < 4 && isCapWord(toks[b]!) && !toks[b]!.glued && !taken[b] && !loc.inside[b]) b++;
    const next = tokAt(toks, b);
    if (next && next.word && (next.glued || (next.cap && !next.num))) {
      i = b - 1;
      continue;
    }
    const v = shorts.get(key(toks, i, b));
    if (v !== undefined) add(v, i, b);
    else if (b - i >= 2 && opensClause(toks, i)) {
      // "Theo TKB, …": the word that opens the sentence is capitalised for that reason only
      const w = shorts.get(key(toks, i + 1, b));
      if (w !== undefined) add(w, i + 1, b);
    }
    i = b - 1;
  }
}

/**
 * The token at `k` opens a sentence or a clause: nothing before it, or a stop, a colon, a bracket, a
 * quote or a dash right before ("gồm: Tàu Bài Thơ …"). Wider than isSentenceStart, which needs no word
 * before in the whole sentence.
 */
function opensClause(toks: readonly Tok[], k: number): boolean {
  const p = toks[k - 1];
  return !p || (!p.word && ENDS.has(p.t));
}

const ENDS = new Set([".", "!", "?", ":", "(", "“", '"', "-", "–"]);

function isCapWord(t: Tok): boolean {
  return t.word && t.cap && !t.num;
}

function key(toks: readonly Tok[], a: number, b: number): string {
  let s = toks[a]!.t;
  for (let k = a + 1; k < b; k++) s += " " + toks[k]!.t;
  return s;
}
