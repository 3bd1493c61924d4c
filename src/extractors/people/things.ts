// Words that name a kind of thing, so that the capitalised words after them are its name, not a
// person's: "đội bóng Crystal Lions", "dòng máy Nova", "phim Blue Harbor".
import type { Tok } from "./tokens.js";
import { foldedSet } from "./tokens.js";

const THINGS = foldedSet(["đội", "clb", "hãng", "dòng", "máy", "chiếc", "mẫu", "sân", "tàu", "thương hiệu", "ứng dụng", "công ty", "tập đoàn", "phim", "game", "trò chơi", "mạng", "trang", "nhãn hàng", "sản phẩm", "giải", "ban nhạc", "nhóm", "tờ", "báo", "đài", "kênh", "tạp chí", "album", "ca khúc", "bài hát", "tiểu thuyết", "cuốn", "series", "show", "lưới", "bxh", "chương trình", "dự án", "khách sạn", "nhà hàng", "quán", "thuyền", "xe", "tên lửa", "hệ thống"]);

/** A word of the three before `i` names a kind of thing: "đội bóng Crystal Lions", "dòng máy Nova". */
export function thingBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k]!;
    if (!t.word || t.cap) return false;
    if (THINGS.has(t.f) || (k > 0 && THINGS.has(toks[k - 1]!.f + " " + t.f))) return true;
  }
  return false;
}
