// A foreign name after a common noun that says what kind of body it is. The noun is no part of
// the name (it is written in lower case and would fit any name of the kind):
//   tờ China Daily (a newspaper) · sàn HOSE (a stock exchange) · nhóm khủng bố al-Nusra ·
//   phiến quân IS · tổ chức Hayat Tahrir al-Sham · ban nhạc Moranbong
// Only foreign words or acronyms: "tờ Tuổi Trẻ" is read by the organisation lexicon, and a
// Vietnamese word after such a noun is as often a common word.
import type { Tok } from "../people/tokens.js";
import { PhraseTrie } from "../people/trie.js";
import { isVietnameseSyllable } from "../people/syllable.js";
import type { OrgEnv, OrgPhrase } from "../people/org-phrase.js";
import { text } from "../people/org-phrase.js";
import type { OrganizationKind } from "../../schema/article.js";

const CUES = new PhraseTrie<OrganizationKind>();
for (const [w, kind] of [
  ["tờ", "media"], ["sàn", "company"], ["khủng bố", "other"], ["phiến quân", "other"], ["chiến binh", "other"],
  ["tổ chức", "other"], ["ban nhạc", "other"], ["nhóm nhạc", "other"], ["đội bóng", "other"],
] as const) CUES.add(w, kind);

// at most this many words in a name read this way ("Hayat Tahrir al-Sham")
const MAX_WORDS = 4;
// Arabic names keep their article in lower case: al-Nusra, al-Qaeda, el-Sisi's party
const ARTICLE = /^(?:al|el)-\p{Lu}/u;

/** True when a cue may start at `t` (a cheap test by word number, as mayOpen does for heads). */
export function mayCue(t: Tok): boolean {
  return !t.cap && CUES.startsAt(t);
}

/** The foreign name after a cue at `i`, as an organisation phrase without the cue, or null. */
export function readCued(env: OrgEnv, i: number): OrgPhrase | null {
  const toks = env.st.toks;
  const cue = CUES.longest(toks, i);
  if (!cue) return null;
  const a = cue.end;
  let e = a;
  while (e < toks.length && e - a < MAX_WORDS && isForeignName(toks[e]!) && !env.loc.inside[e] && (e === a || !toks[e]!.glued)) e++;
  if (e === a || toks[a]!.glued) return null;
  const next = toks[e];
  // the whole run: not cut inside a longer capitalised or dotted name
  if (next && ((next.word && (next.cap || next.glued)) || (next.t === "." && next.glued && toks[e + 1]?.word && toks[e + 1]!.glued))) return null;
  return { start: a, end: e, headEnd: a, nameEnd: e, canonical: text(toks, a, e), kind: cue.value };
}

function isForeignName(t: Tok): boolean {
  if (!t.word || t.num) return false;
  if (ARTICLE.test(t.t)) return true;
  return t.cap && t.t.length > 1 && (t.acronym || !isVietnameseSyllable(t.t));
}
