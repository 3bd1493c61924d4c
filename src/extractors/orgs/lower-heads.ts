// A head the lexicon takes only with its capital, written in lower case before a field written with
// its own: "bộ Quốc phòng Hàn Quốc", "phòng GD&ĐT TP Bắc Kạn", "sở Y tế Hà Nội", "ban Tuyên giáo
// Tỉnh ủy", "quốc hội Đức". In lower case "bộ", "sở", "phòng", "ban" are common words too ("bộ phận",
// "phòng khám"), so the grammar refuses them; the capitalised field (or, for a head that takes a
// place, the place) after them shows the organisation.
import { capitalised, foldedSet, type Tok } from "../people/tokens.js";
import { readOrg, readPlace, type OrgEnv, type OrgPhrase } from "../people/org-phrase.js";
import { lexicon, type OrgHead, type OrgName } from "../people/lexicon.js";
import type { TrieHit } from "../people/trie.js";
import { writtenOtherwise } from "./described.js";
import { isSentenceStart } from "../people/mention.js";

// heads that in lower case are other words before a capital: "vụ Oceanbank" (a case), "khoa Giáo dục
// tiểu học" (a faculty named in passing), "tổ chức Nhà nước Hồi giáo" (the word "organisation")
const NOT_LOWER = new Set(["Vụ", "Khoa", "Tổ chức", "Chính phủ"]);
// syllables that make a lower-case head the end of another word: "cán bộ", "toàn bộ", "chi hội"
const COMPOUND_BEFORE = foldedSet(["cán", "toàn", "nội", "sơ", "tiến", "đồng", "chi", "dân"]);

/**
 * The organisation phrase at `i` when its head is written in lower case, or null. `found`: the
 * longest head at `i` when the caller looked it up already (else it is looked up here).
 */
export function readLowerHead(env: OrgEnv, i: number, found?: TrieHit<OrgHead> | null): OrgPhrase | null {
  const toks = env.st.toks;
  const t = toks[i]!;
  if (!t.word || t.cap || env.loc.inside[i]) return null;
  // cheap test first: a capital within the next two words ("bộ Quốc phòng", "quốc hội Đức")
  if (!toks[i + 1]?.cap && !toks[i + 2]?.cap) return null;
  const lex = lexicon();
  const head = found === undefined ? lex.orgHeads.longest(toks, i) : found;
  if (!head || !mayBeLower(head.value) || writtenOtherwise(t, head.end - i, head.value)) return null;
  const prev = toks[i - 1];
  if (prev && prev.word && COMPOUND_BEFORE.has(prev.f)) return null;
  const next = toks[head.end];
  if (!next || !next.word || !next.cap || next.glued) return null;
  const shown = head.value.takes === "place" ? readPlace(env, head.end, true) : lex.orgNames.longest(toks, head.end, toks.length, isField)?.end ?? -1;
  if (shown <= head.end) return null;
  // the grammar reads the phrase as if the head had its capital
  const p = readOrg({ st: env.st.withTokens(withCapital(toks, i)), loc: env.loc }, i);
  // after a title ("Trưởng phòng Tài chính") a field alone names the office in general; a place after
  // it names the body ("Trưởng phòng GD&ĐT huyện Hòa Vang")
  if (p && prev && prev.word && prev.cap && !isSentenceStart(toks, i - 1) && p.end <= shown) return null;
  return p;
}

/**
 * A cap-only head that may still be written in lower case: not one of NOT_LOWER, and, among the heads
 * that take a place, only a Party committee or the parliament ("huyện ủy Hòa Vang", "quốc hội Đức");
 * "quân đội Syria", "chính phủ Mỹ" in lower case are the country's army and government, not a name.
 */
function mayBeLower(head: OrgHead): boolean {
  if (head.lowerOk || NOT_LOWER.has(head.canonical)) return false;
  return head.takes !== "place" || head.kind === "party" || head.canonical === "Quốc hội";
}

function isField(v: OrgName): boolean {
  return v.field;
}

/** A copy of `toks` with the word at `i` marked capitalised. */
function withCapital(toks: readonly Tok[], i: number): Tok[] {
  const copy = toks.slice();
  copy[i] = capitalised(toks[i]!);
  return copy;
}
