// V8's hidden classes ("maps"), for the tests that keep the hot objects of one shape: a function that
// meets objects of a second shape drops its optimized code ("wrong map" in `node --trace-deopt`) and
// is compiled again, and every read of a field then checks two shapes.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--allow-natives-syntax");
// made after the flag is set: the intrinsic is parsed here, not in this file's own source
const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b);") as (a: object, b: object) => boolean;

/** True when V8 gives `a` and `b` the same hidden class. */
export function sameShape(a: object, b: object): boolean {
  return haveSameMap(a, b);
}
