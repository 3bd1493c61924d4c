// Punctuation tokens told by character code. Token texts are strings of several kinds in V8 (one- or
// two-byte, sliced, internalized), and an optimized compare with a string literal is thrown away
// (deoptimized) at each new kind it meets; a character code is a number of one kind.

import { HYPHEN } from "../../text/chars.js";

export { HYPHEN };
export const AMPERSAND = 0x26;
export const OPEN_PAREN = 0x28;
export const CLOSE_PAREN = 0x29;
export const PLUS = 0x2b;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const SEMICOLON = 0x3b;
export const ELLIPSIS = 0x2026;

/** True when `w` is the one character `c`: isChar(w, HYPHEN) is w === "-". */
export function isChar(w: string, c: number): boolean {
  return w.length === 1 && w.charCodeAt(0) === c;
}

/** True for "&", "-", "," or "+", the punctuation a phrase may go through ("GD&ĐT", "Bà Rịa - Vũng Tàu"). */
export function joinsPhraseText(w: string): boolean {
  if (w.length !== 1) return false;
  const c = w.charCodeAt(0);
  return c === AMPERSAND || c === HYPHEN || c === COMMA || c === PLUS;
}
