// Places at the end of the name of a festival, a forum or a treaty: "Liên hoan phim Quốc tế Busan",
// "Diễn đàn Tài chính Việt Nam", "Hiệp định Paris". The
// place stays in the list; the mention goes to `inNames`, like a place inside an organisation's name.
import { table } from "../../lexicon/tables.js";
import { anyOf } from "../../text/pattern.js";
import { placeKey } from "../../lexicon/gazetteer.js";
import type { PlaceMention } from "./mention.js";

interface TitleWords {
  /** any head, anywhere: the words before a mention are matched only when they hold one */
  readonly any: RegExp;
  /** a title head and at most four words after it, up to the place (spaces before the place) */
  readonly head: RegExp;
  /** folded prepositions and conjunctions that, between the head and the place, make the place free */
  readonly stops: ReadonlySet<string>;
}

let words: TitleWords | undefined;

function titleWords(): TitleWords {
  if (words) return words;
  const rows = table("gazetteer/name-stops");
  const heads = rows.filter((r) => r.kind === "title-head").map((r) => r.word!);
  const stops = new Set(rows.filter((r) => r.kind === "title-stop").map((r) => placeKey(r.word!)));
  const head = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(?:${anyOf(heads)})((?: +[\p{L}\p{M}\p{N}]+){0,4}) +$`, "u");
  return (words = { any: new RegExp(anyOf(heads), "u"), head, stops });
}

/**
 * Marks `inName` the mentions of `found` (one sentence) that end the name of a festival, a forum or
 * a treaty (a title-head of data/gazetteer/name-stops.tsv a few words before them, no title-stop
 * between): "Liên hoan phim Quốc tế Berlin", not "Hiệp định thương mại giữa Việt Nam và EU".
 */
export function markTitles(text: string, found: readonly PlaceMention[]): void {
  const { any, head, stops } = titleWords();
  for (const m of found) {
    if (m.rule === "prefix") continue;
    const before = text.slice(Math.max(0, m.start - 48), m.start);
    // the literals first (a quick scan), the anchored pattern only where one is written
    if (!any.test(before)) continue;
    const hit = head.exec(before);
    if (!hit) continue;
    const between = hit[1]!.trim();
    if (between && between.split(/ +/).some((w) => stops.has(placeKey(w)))) continue;
    m.inName = true;
  }
}
