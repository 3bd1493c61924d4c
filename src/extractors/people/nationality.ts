// A country's name after a word that makes it a nationality or a team is no person:
//   tiền đạo người Brazil · cầu thủ xứ Wales · chân sút người Cameroon · đội tuyển Argentina
// The rule is only for one-word names that are countries or known places: "ông Đức", "anh Nga" are
// people; "người Huế" is no person either.
import type { Sent } from "./context.js";
import type { RawMention } from "./mention.js";
import { foldedSet } from "./tokens.js";
import { isKnownPlace } from "./places.js";

const BEFORE = foldedSet(["người", "xứ", "dân", "tuyển", "nước", "quốc tịch", "gốc"]);

/** True when `m` is a country's or a known place's name after a nationality word ("người Brazil"). */
export function isNationality(sents: readonly Sent[], m: RawMention): boolean {
  if (m.words.length !== 1 || m.b - m.a !== 1) return false;
  const toks = sents[m.sent]!.toks;
  const prev = toks[m.a - 1];
  return prev !== undefined && prev.word && !prev.cap && BEFORE.has(prev.f) && isKnownPlace(m.text);
}
