/** "LÊ NGUYÊN" → "Lê Nguyên", "NGUYỄN VĂN A" → "Nguyễn Văn A": each syllable capitalised. */
export function titleCase(s: string): string {
  return s
    .toLocaleLowerCase("vi")
    .replace(/(^|[\s\-./(])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toLocaleUpperCase("vi"));
}

const LETTER = /\p{L}/gu;
const LOWER = /\p{Ll}/u;

/** True for "MỖI TỔ MỘT MÔ HÌNH": no lower-case letter, and at least four letters. */
export function isAllCaps(s: string): boolean {
  if (LOWER.test(s)) return false;
  const letters = s.match(LETTER);
  return letters !== null && letters.length >= 4;
}
