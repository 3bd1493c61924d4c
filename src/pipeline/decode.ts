import { BaochiError } from "../errors.js";

let decoder: InstanceType<typeof TextDecoder> | undefined;

/** True for a Uint8Array (or Buffer), also one made in another realm (a vm context, an iframe). */
export function isBytes(v: unknown): v is Uint8Array {
  return v instanceof Uint8Array || Object.prototype.toString.call(v) === "[object Uint8Array]";
}

/**
 * The caller's input as a string: a string is kept as it is; bytes are decoded as UTF-8 with the
 * BOM stripped. Invalid UTF-8 is a `BaochiError` with code "invalid-utf8" (legacy TCVN3/VNI files
 * decode to mojibake, which no rule can read; the caller should convert them first).
 */
export function decodeInput(input: unknown): string {
  if (typeof input === "string") return input;
  if (isBytes(input)) {
    decoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    try {
      return decoder.decode(input);
    } catch (e) {
      throw new BaochiError("invalid-utf8", "input is not valid UTF-8 (convert legacy encodings such as TCVN3 or VNI first)", { cause: e });
    }
  }
  throw new BaochiError("invalid-input", `input must be a string or UTF-8 bytes, got ${input === null ? "null" : typeof input}`);
}
