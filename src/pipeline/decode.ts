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

// <meta charset="windows-1258"> · <meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * The charset an HTML page's bytes declare in a <meta> among their first 1024 bytes, lower case, when
 * they start as a page does; null otherwise. declaredCharset(bytesOf('<html><meta charset="windows-1258">'))
 * === "windows-1258".
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 1024);
  let s = "";
  for (let i = 0; i < head.length; i++) s += String.fromCharCode(head[i]!);
  if (!/^(?:\xef\xbb\xbf)?\s*</.test(s)) return null;
  const m = META_CHARSET.exec(s);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Bytes that are not UTF-8, decoded by the charset the page declares ("windows-1258", the Vietnamese
 * Windows code page of older sites), or null when it declares none, declares UTF-8, or one that this
 * runtime's TextDecoder does not know (VNI and TCVN3 have no standard label).
 */
export function decodeDeclared(bytes: Uint8Array): { text: string; charset: string } | null {
  const charset = declaredCharset(bytes);
  if (!charset || /^utf-?8$/.test(charset)) return null;
  try {
    return { text: new TextDecoder(charset).decode(bytes), charset };
  } catch {
    return null;
  }
}
