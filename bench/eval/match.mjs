// The two ways predictions are paired with gold items.

/**
 * @template G, P
 * @typedef {object} Matching
 * @property {number} tp
 * @property {{gold: G, pred: P}[]} pairs   matched items, in gold order
 * @property {G[]} missed                 gold items left unmatched, in gold order
 * @property {P[]} spurious               predictions left unmatched, in prediction order
 */

/**
 * Multiset matching on keys: each gold key consumes one prediction with the same key, so a name
 * predicted once against two gold occurrences scores 1 of 2. Which of several same-key predictions
 * is consumed does not change the counts; the earliest one is.
 * @template G, P
 * @param {G[]} gold
 * @param {P[]} pred
 * @param {(g: G) => string} goldKey
 * @param {(p: P) => string} predKey
 * @returns {Matching<G, P>}
 */
export function matchKeys(gold, pred, goldKey, predKey) {
  /** @type {Map<string, number[]>} key → indexes of unconsumed predictions */
  const free = new Map();
  pred.forEach((p, i) => {
    const k = predKey(p);
    const list = free.get(k);
    if (list) list.push(i);
    else free.set(k, [i]);
  });
  const used = new Set();
  /** @type {Matching<G, P>} */
  const out = { tp: 0, pairs: [], missed: [], spurious: [] };
  for (const g of gold) {
    const i = free.get(goldKey(g))?.shift();
    if (i === undefined) out.missed.push(g);
    else {
      used.add(i);
      out.tp++;
      out.pairs.push({ gold: g, pred: /** @type {P} */ (pred[i]) });
    }
  }
  out.spurious = pred.filter((_, i) => !used.has(i));
  return out;
}

/**
 * Greedy first-fit matching with a predicate: gold items in order, each takes the first still-free
 * prediction that `agree`s with it. This is deliberately not a maximum matching: it is the rule of
 * the reference scorer (figures with unit agreement, documents' details), and the counts must agree.
 * @template G, P
 * @param {G[]} gold
 * @param {P[]} pred
 * @param {(g: G, p: P) => boolean} agree
 * @returns {Matching<G, P>}
 */
export function matchFirstFit(gold, pred, agree) {
  const free = pred.map((p, i) => ({ p, i }));
  /** @type {Matching<G, P>} */
  const out = { tp: 0, pairs: [], missed: [], spurious: [] };
  for (const g of gold) {
    const at = free.findIndex(({ p }) => agree(g, p));
    if (at < 0) out.missed.push(g);
    else {
      const [{ p }] = /** @type {{p: P, i: number}[]} */ (free.splice(at, 1));
      out.tp++;
      out.pairs.push({ gold: g, pred: p });
    }
  }
  out.spurious = free.map(({ p }) => p);
  return out;
}
