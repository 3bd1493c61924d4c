// An organisation named by its head, a description in lower case and a place: Vietnamese writes the
// description of a body without capitals, so the grammar (people/org-phrase.ts), which needs a
// capital or a listed field after the head, stops short; the place closes the name.
//   Cục đăng kiểm Việt Nam · Trạm thú y huyện Diễn Châu · Trường Cao đẳng nghề Phú Yên
//   nhà máy lọc dầu Dung Quất · Hội liên hiệp phụ nữ Việt Nam
import type { OrganizationKind } from "../../schema/article.js";
import { foldedSet, fw, type Tok } from "../people/tokens.js";
import { readPlace, type OrgEnv, type OrgPhrase } from "../people/org-phrase.js";
import { lexicon, type OrgHead } from "../people/lexicon.js";
import type { TrieHit } from "../people/trie.js";
import { levelWordAt } from "../people/places.js";

// at most this many lower-case words between the head and the place
const MAX_DESCRIPTION = 5;
// heads that may open such a name in lower case: a company, a factory ("nhà máy gang thép Thái
// Nguyên"); other heads in lower case are common nouns too often ("trường học Việt Nam")
const LOWER_KINDS = new Set<OrganizationKind>(["company"]);
// a word right after a head that makes one common word of the two: Hội nghị, Hội thảo, Hội chợ (events),
// báo chí (the press), báo cáo (a report), trường hợp (a case), trường học (a school in general)
const COMPOUNDS = foldedSet([
  "nghị", "thảo", "thi", "chợ", "diễn", "sách", "trại", "khỏe", "ngộ", "viên", "quán", "đàm", "hè", "làng", "xuân",
  "chí", "cáo", "động", "giá", "hiệu", "danh", "tin", "đài", "hợp", "học", "quay", "đua",
]);
// words that place a body rather than describe it, or name a part of it: "trường tiểu học ở Quận 1",
// "nhà máy thuộc tỉnh X", "Ngân hàng Nhà nước chi nhánh tỉnh Tây Ninh", "nhà máy tương tự ở Trung Quốc"
const NOT_DESCRIPTION = foldedSet(["ở", "tại", "thuộc", "toàn", "khắp", "chi", "nhánh", "cơ", "tương", "như", "nơi", "gần", "xa"]);

/**
 * The phrase `p` (or, when the grammar read none, the head at `i`) with a lower-case description and
 * a place after it, or null when none follows. `found`: the longest head at `i` when the caller
 * looked it up already (else it is looked up here, if needed).
 * @example "Trạm thú y huyện Diễn Châu" → tokens 0–6
 */
export function withDescription(env: OrgEnv, i: number, p: OrgPhrase | null, found?: TrieHit<OrgHead> | null): OrgPhrase | null {
  const toks = env.st.toks;
  const t = toks[i]!;
  const lex = lexicon();
  if (!t.word || env.loc.inside[i]) return null;
  // "Nguyễn Trường Sơn": a head-like word inside a capitalised run is a name
  const prev = toks[i - 1];
  if (prev && prev.word && prev.cap && !t.glued) return null;
  let from: number;
  let base: OrgPhrase;
  if (p) {
    // a whole name ("WHO", "Uber") is followed by the sentence, not by a description
    if (p.start !== i || p.headEnd === p.start || env.loc.inside[p.end - 1]) return null;
    from = p.end;
    base = p;
  } else {
    const head = found === undefined ? lex.orgHeads.longest(toks, i) : found;
    if (!head || head.value.takes === "field" || !(t.cap || (head.value.lowerOk && LOWER_KINDS.has(head.value.kind)))) return null;
    if (notAfterHead(toks, i, head.value) || writtenOtherwise(t, head.end - i, head.value)) return null;
    // "Bộ trưởng", "Giám đốc": a title, not a head
    if (lex.positions.longest(toks, i) !== null) return null;
    from = head.end;
    base = { start: i, end: head.end, headEnd: head.end, nameEnd: head.end, canonical: head.value.canonical, kind: head.value.kind };
  }
  if (from === base.headEnd && COMPOUNDS.has(toks[from]?.f ?? "")) return null;
  const m = descriptionEnd(toks, from);
  if (m === from) return null;
  const place = readPlace(env, m, true);
  if (place <= m) return null;
  return { start: base.start, end: place, headEnd: base.headEnd, nameEnd: base.nameEnd, canonical: base.canonical, kind: base.kind };
}

/** A one-word head listed as an acronym that matched a word ("Ca" for "CA", Công an): not that head. */
export function writtenOtherwise(t: Tok, words: number, head: OrgHead): boolean {
  return words === 1 && !t.acronym && firstWordOf(head.canonical) !== t.f;
}

// the folded first word of each head's canonical name, read once: heads come from the lexicon, so
// this holds at most one entry per head
const FIRST_WORDS = new Map<string, string>();

function firstWordOf(canonical: string): string {
  let first = FIRST_WORDS.get(canonical);
  if (first === undefined) FIRST_WORDS.set(canonical, (first = fw(canonical.split(" ")[0]!)));
  return first;
}

/** A lower-case head that ends another word: "quảng trường", "thị trường". */
function notAfterHead(toks: readonly Tok[], i: number, head: OrgHead): boolean {
  return !toks[i]!.cap && i > 0 && head.notAfter.has(toks[i - 1]!.f);
}

/** The end of the lower-case words from `k` that may describe a body: no function word, number or level word. */
function descriptionEnd(toks: readonly Tok[], k: number): number {
  const stop = lexicon().stopwords;
  let m = k;
  while (m < toks.length && m - k < MAX_DESCRIPTION) {
    const t = toks[m]!;
    if (!t.word || t.cap || t.num || (m > k && t.glued) || stop.has(t.f) || levelWordAt(toks, m) !== null) break;
    if (NOT_DESCRIPTION.has(t.f)) return k;
    m++;
  }
  return m;
}
