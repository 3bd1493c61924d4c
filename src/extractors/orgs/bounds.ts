// Where an organisation phrase read by the grammar (people/org-phrase.ts) should start or end instead:
//   a common head before a foreign or coded name is not part of it
//       hãng Qatar Airways → Qatar Airways · Tổ chức WWF → WWF · Phòng PC45 → PC45
//   Vietnamese words after a foreign name are the sentence going on, not more of the name
//       CLB Chelsea tuyên bố … → CLB Chelsea
import type { Tok } from "../people/tokens.js";
import { text, type OrgPhrase } from "../people/org-phrase.js";
import { isVietnameseSyllable } from "../people/syllable.js";
import { lexicon } from "../people/lexicon.js";

/**
 * The phrase without its head when what follows the head is a foreign or coded name standing on its
 * own: every word capitalised, the first one an acronym or no Vietnamese syllable, no field of the
 * lexicon ("TNHH", "THPT") right after the head. "hãng Qatar Airways" → "Qatar Airways", "Tổ chức
 * WWF" → "WWF"; not "Công ty TNHH Hoa Sen", "Bệnh viện Chợ Rẫy", "Hãng phim truyện Việt Nam".
 */
export function withoutGenericHead(toks: readonly Tok[], p: OrgPhrase): OrgPhrase {
  const h = p.headEnd;
  if (h === p.start || h >= p.end) return p;
  const first = toks[h]!;
  if (!first.word || !first.cap || first.glued) return p;
  const head = text(toks, p.start, h).toLowerCase();
  // "Phòng PC45": the department is named by its code alone
  const coded = head === "phòng" && POLICE_CODE.test(first.t);
  if (!coded && (first.acronym || isVietnameseSyllable(first.t) || !GENERIC_HEADS.has(head))) return p;
  for (let k = h + 1; k < p.end; k++) {
    const t = toks[k]!;
    if (t.word && !t.cap && !t.num) return p;
  }
  if (lexicon().orgNames.longest(toks, h, p.end) !== null) return p;
  return { start: h, end: p.end, headEnd: h, nameEnd: p.end, canonical: text(toks, h, p.end), kind: p.kind };
}

// common nouns that name what kind of body follows, as the press writes them before a foreign name
// (not "công ty", "tập đoàn", "tổ chức": the press writes those as often as part of the name)
const GENERIC_HEADS = new Set(["hãng", "hãng tin", "đài", "báo", "tạp chí", "nhà xuất bản", "nxb"]);
// the code of a police department: P, a letter for the branch, two digits (PC45, PA83)
const POLICE_CODE = /^P[ACHKVX]\d{2}$/;
