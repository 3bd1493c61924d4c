// Positions written after a name: NAME, TITLE ORG · NAME (TITLE ORG) · NAME - TITLE ORG, and chains
// of them: "Ông Robert Whitfield, Chủ tịch Công ty Redwood Partners, nguyên Bộ trưởng Thương mại Canada".
// (TITLE ORG NAME is read together with the name, in names.ts.)
import { foldedSet } from "./tokens.js";
import { lexicon } from "./lexicon.js";
import { orgAfterTitle, type RawMention, type RawPosition } from "./names.js";
import type { OrgEnv } from "./org-phrase.js";

const OPEN = foldedSet([",", "(", "-", "kiêm"]);
const MODIFIERS = foldedSet(["nguyên", "cựu", "tân", "quyền", "đương", "kiêm", "hiện", "là", "đồng", "thời"]);
const MAX_CHAIN = 3;

/**
 * The positions that follow mention `m` in its sentence.
 * @example
 * // "Ông Ngô Quang Tín, Trưởng phòng Kiểm định an toàn, Cục Đường thủy Việt Nam cho biết"
 * positionsAfter(env, tín); // [{ title: "Trưởng phòng", organization: "Phòng Kiểm định an toàn", … }]
 */
export function positionsAfter(env: OrgEnv, m: RawMention): RawPosition[] {
  const toks = env.st.toks;
  const lex = lexicon();
  const out: RawPosition[] = [];
  let k = m.b;
  for (let n = 0; n < MAX_CHAIN && k < toks.length; n++) {
    if (!OPEN.has(toks[k]!.f)) break;
    k++;
    let mods = 0;
    while (k < toks.length && MODIFIERS.has(toks[k]!.f) && !toks[k]!.cap && mods < 3) {
      k++;
      mods++;
    }
    const title = lex.positions.longest(toks, k);
    if (!title) break;
    const entry = title.value;
    const org = entry.org !== "none" ? orgAfterTitle(env, title.end, entry) : null;
    if (entry.org === "required" && !org) break;
    const end = org ? org.end : title.end;
    out.push({ title: entry.title, organization: org?.org ?? null, s: toks[k]!.s, e: toks[end - 1]!.e });
    k = end;
    if (toks[k]?.t === ")") break;
  }
  return out;
}
