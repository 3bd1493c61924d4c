// Sports teams written without a head word:
//   an age-group national team   U23 Việt Nam · U19 Thái Lan · U16 Australia
//   a club with "FC" after or before its name   Quảng Nam FC · Hà Nội FC · FC Barcelona
// "CLB …" and "đội tuyển …" are heads in org-heads.tsv and are read by the organisation grammar.
import type { Tok } from "../people/tokens.js";
import { readPlace, text, type OrgEnv } from "../people/org-phrase.js";
import { worldPlace } from "../../lexicon/gazetteer.js";

// U16, U19, U23 (the age limit of a youth team); not U2 or U235
const AGE_GROUP = /^U\d{2}$/;
const U = 0x55;

/** A team that starts at token `i`: the index just past it and its name, or null. */
export function readTeam(env: OrgEnv, i: number): { end: number; name: string } | null {
  const toks = env.st.toks;
  const t = toks[i]!;
  // "U23 Việt Nam": the age group and a country or province right after it; not a region, which
  // names a tournament ("vòng chung kết U23 châu Á")
  // (the "U" first: the pattern would otherwise run on every three-letter word)
  if (t.t.length === 3 && t.t.charCodeAt(0) === U && AGE_GROUP.test(t.t) && !toks[i + 1]?.glued) {
    const end = readPlace(env, i + 1, true);
    if (end > i + 1 && !worldPlace(text(toks, i + 1, end))) return { end, name: text(toks, i, end) };
    return null;
  }
  // "FC Barcelona"
  if (t.t === "FC" && i + 1 < toks.length && !toks[i + 1]!.glued) {
    const end = capsRun(toks, i + 1);
    return end > i + 1 ? { end, name: text(toks, i, end) } : null;
  }
  // "Quảng Nam FC": a capitalised run of one to four words ending in FC
  if (t.word && t.cap && !t.acronym && (i === 0 || !toks[i - 1]!.word || !toks[i - 1]!.cap)) {
    const end = capsRun(toks, i);
    if (end > i && end - i <= 4 && toks[end]?.t === "FC" && !toks[end]!.glued) return { end: end + 1, name: text(toks, i, end + 1) };
  }
  return null;
}

/** The end of the capitalised words from `k` (at most four, separated by spaces). */
function capsRun(toks: readonly Tok[], k: number): number {
  let e = k;
  while (e < toks.length && e - k < 4 && toks[e]!.word && toks[e]!.cap && toks[e]!.t !== "FC" && (e === k || !toks[e]!.glued)) e++;
  return e;
}
