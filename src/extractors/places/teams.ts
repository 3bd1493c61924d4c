// Clubs named after their province: in a football report, "Quảng Nam" alone is the team
// ("giúp Quảng Nam giành chiến thắng", "Bình Dương cầm hòa SLNA 0-0"), not the place.
import { table } from "../../lexicon/tables.js";
import { anyOf, execAtWordStart, WB_AFTER } from "../../text/pattern.js";
import { placeLexicon } from "./lexicon.js";
import { whatStandsBefore } from "./chains.js";
import type { PlaceMention } from "./mention.js";

let cue: RegExp | undefined;

/** The team-cue words of data/gazetteer/name-stops.tsv, any case: "V.League", "HLV", "ghi bàn", "cầm hòa" (global). */
function teamCue(): RegExp {
  if (cue) return cue; // (the words are read from the table once, not at every call)
  const words = table("gazetteer/name-stops").filter((r) => r.kind === "team-cue").map((r) => r.word!);
  return (cue = new RegExp(`(?:${anyOf(words, { cases: true })})${WB_AFTER}`, "gu"));
}

/** True when `s` holds a team-cue word at a word start (execAtWordStart: no leading lookbehind to try at every character). */
function hasTeamCue(s: string): boolean {
  const re = teamCue();
  re.lastIndex = 0;
  return execAtWordStart(re, s) !== null;
}

/** A province or city written bare, which a football report may use for its club. */
const mayBeClub = (m: PlaceMention): boolean => m.rule === "bare" && (m.level === "province" || m.level === "city") && m.units.length > 0;

/**
 * Marks `club` the provinces and cities written bare in `found` (one sentence, `s` its text) that
 * stand for clubs: in a sentence with a football word (team-cue), unless a lead-in word or a
 * bracket makes the name a place ("trận đấu ở Hà Nội", "sân Thống Nhất (TP.HCM)"). The place stays
 * in the article's list; these mentions go to its `inNames`, like "Việt Nam" in "U16 Việt Nam".
 */
export function markClubs(text: string, s: string, found: readonly PlaceMention[]): void {
  if (!found.some(mayBeClub) || !hasTeamCue(s)) return;
  const lex = placeLexicon();
  for (const m of found) {
    if (!mayBeClub(m)) continue;
    const before = whatStandsBefore(text, m.start);
    if (before !== "(" && !lex.leadIns.has(before)) m.inName = true;
  }
}
