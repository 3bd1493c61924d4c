import { BaochiError } from "../errors.js";

let decoder: InstanceType<typeof TextDecoder> | undefined;

/**
 * The caller's input as a string: a string is kept as it is; bytes are decoded as UTF-8 with the
 * BOM stripped. Invalid UTF-8 is a `BaochiError` with code "invalid-utf8" (legacy TCVN3/VNI files
 * decode to mojibake, which no rule can read; the caller should convert them first).
 */
export function decodeInput(input: unknown): string {
  if (typeof input === "string") return input;
  if (input instanceof Uint8Array) {
    decoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    try {
      return decoder.decode(input);
    } catch (e) {
      throw new BaochiError("invalid-utf8", "input is not valid UTF-8 (convert legacy encodings such as TCVN3 or VNI first)", { cause: e });
    }
  }
  throw new BaochiError("invalid-input", `input must be a string or UTF-8 bytes, got ${input === null ? "null" : typeof input}`);
}
