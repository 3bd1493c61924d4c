import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error plain ESM script without types
import { buildBefore, buildAfter, traditionalTones } from "../../scripts/build-gazetteer.mjs";
import {
  allUnits,
  unitsNamed,
  unitByCode,
  unitLabel,
  provinceAfter2025,
  structureAt,
  endedBy2025,
  placeAlias,
  placeKey,
  accentFreeKey,
  slugify,
  country,
  worldPlace,
  knownPlace,
  REFORM_2025,
} from "../../src/lexicon/gazetteer.js";
import { table } from "../../src/lexicon/tables.js";

const root = join(import.meta.dirname, "..", "..");
const tiers = (s: "before-2025" | "after-2025", t: number) => allUnits(s).filter((u) => u.tier === t);

describe("the generated gazetteer", () => {
  it("is what scripts/build-gazetteer.mjs makes from the installed packages (run it after an update)", () => {
    expect(readFileSync(join(root, "data/gazetteer/before-2025.tsv"), "utf8")).toBe(buildBefore().text);
    expect(readFileSync(join(root, "data/gazetteer/after-2025.tsv"), "utf8")).toBe(buildAfter().text);
    expect(buildBefore().problems).toEqual([]);
    expect(buildAfter().problems).toEqual([]);
  });

  it("holds the old structure: 63 provinces, 705 districts, 10,599 communes", () => {
    expect(tiers("before-2025", 1)).toHaveLength(63);
    expect(tiers("before-2025", 2)).toHaveLength(705);
    expect(tiers("before-2025", 3)).toHaveLength(10599);
  });

  it("holds the new structure: 34 provinces and 3,321 communes, no districts", () => {
    expect(tiers("after-2025", 1)).toHaveLength(34);
    expect(tiers("after-2025", 2)).toHaveLength(0);
    expect(tiers("after-2025", 3)).toHaveLength(3321);
  });

  it("gives every unit a parent one tier up, a unique code, a name and a slug", () => {
    for (const s of ["before-2025", "after-2025"] as const) {
      const codes = new Set<string>();
      for (const u of allUnits(s)) {
        expect(codes.has(u.code), `${s} ${u.code}`).toBe(false);
        codes.add(u.code);
        expect(u.name.trim()).toBe(u.name);
        expect(u.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        if (u.tier === 1) expect(u.parent).toBeNull();
        else expect(u.parent!.tier).toBeLessThan(u.tier);
      }
    }
  });

  it("marks the old structure valid until 30 June 2025 and the new one from 1 July 2025", () => {
    expect(unitByCode("82", "before-2025")).toMatchObject({ name: "Tiền Giang", validUntil: "2025-06-30", validFrom: null });
    const dongThap = unitsNamed("Đồng Tháp", "after-2025", [1])[0]!;
    expect(dongThap).toMatchObject({ validFrom: REFORM_2025.firstDayAfter, validUntil: null });
  });
});

describe("lookups", () => {
  it.each([
    // name, structure, tiers → [name, type, parent name]
    ["Gò Công Tây", "before-2025", [2], ["Gò Công Tây", "huyen", "Tiền Giang"]],
    ["gò công tây", "before-2025", [2], ["Gò Công Tây", "huyen", "Tiền Giang"]],
    ["Tien Giang", "before-2025", [1], ["Tiền Giang", "tinh", null]],
    ["Ha Noi", "after-2025", [1], ["Hà Nội", "thanh-pho", null]],
    ["Khánh Hoà", "before-2025", [1], ["Khánh Hòa", "tinh", null]],
    ["Hoà Bình", "before-2025", [1], ["Hòa Bình", "tinh", null]],
    ["Bà Rịa-Vũng Tàu", "before-2025", [1], ["Bà Rịa - Vũng Tàu", "tinh", null]],
    ["Thủ Đức", "before-2025", [2], ["Thủ Đức", "thanh-pho", "Hồ Chí Minh"]],
    ["1", "before-2025", [2], ["1", "quan", "Hồ Chí Minh"]],
    ["Huế", "after-2025", [1], ["Huế", "thanh-pho", null]],
  ] as const)("unitsNamed(%s, %s, %j) finds one unit", (name, s, t, [want, type, parent]) => {
    const found = unitsNamed(name, s, t);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: want, type });
    expect(found[0]!.parent?.name ?? null).toBe(parent);
  });

  it("matches text without diacritics only when nothing matches with them", () => {
    expect(unitsNamed("Long An", "before-2025", [1]).map((u) => u.name)).toEqual(["Long An"]);
    expect(unitsNamed("Quang Nam", "before-2025", [1]).map((u) => u.name)).toEqual(["Quảng Nam"]);
    expect(unitsNamed("Quảng Nâm", "before-2025", [1])).toEqual([]);
  });

  it("knows that a common commune name is ambiguous", () => {
    expect(unitsNamed("Long Bình", "before-2025", [3]).length).toBeGreaterThan(3);
    expect(unitsNamed("Tân Thành", "after-2025", [3]).length).toBeGreaterThan(3);
  });

  it("writes a unit the way a text names it", () => {
    expect(unitLabel(unitByCode("82", "before-2025")!)).toBe("tỉnh Tiền Giang");
    expect(unitLabel(unitByCode("823", "before-2025")!)).toBe("huyện Gò Công Tây");
    expect(unitLabel(unitByCode("01", "before-2025")!)).toBe("thành phố Hà Nội");
    expect(unitLabel(unitByCode("760", "before-2025")!)).toBe("quận 1");
  });

  it.each([
    ["Bà Rịa - Vũng Tàu", "bà rịa vũng tàu"],
    ["Timor-Leste", "timor leste"],
    ["  Gò   Công Tây ", "gò công tây"],
    ["Phường 03", "phường 3"],
    ["THỪA THIÊN HUẾ", "thừa thiên huế"],
    ["Khánh Hoà", "khánh hòa"],
  ])("placeKey(%j) equals placeKey(%j)", (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b));
  });

  it("keeps different names apart", () => {
    expect(placeKey("Hà Nam")).not.toBe(placeKey("Hà Năm"));
    expect(placeKey("Phường 13")).not.toBe(placeKey("phường 3"));
  });

  it("folds both tone placements and strips accents for accent-free keys", () => {
    expect(placeKey("Thuỷ Nguyên")).toBe(placeKey("Thủy Nguyên"));
    expect(accentFreeKey("Đắk Lắk")).toBe("dak lak");
    expect(slugify("Ea H'leo")).toBe("ea-h-leo");
    expect(slugify("Gò Công Tây")).toBe("go-cong-tay");
  });

  it("moves tones to the traditional placement when building", () => {
    expect(["Hoà Bình", "Thuỷ Nguyên", "Khoẻ", "Quý", "Hoàng", "Quỳnh Lưu"].map(traditionalTones)).toEqual([
      "Hòa Bình",
      "Thủy Nguyên",
      "Khỏe",
      "Quý",
      "Hoàng",
      "Quỳnh Lưu",
    ]);
  });
});

describe("the 1 July 2025 reform", () => {
  it("chooses the structure by date; undated text reads as before the reform", () => {
    expect(structureAt(null)).toBe("before-2025");
    expect(structureAt("2025-06-30")).toBe("before-2025");
    expect(structureAt("2025-07-01T08:00:00+07:00")).toBe("after-2025");
    expect(structureAt({ year: 2026, month: 1, day: 15 })).toBe("after-2025");
    expect(structureAt({ year: 2023, month: 12, day: 23 })).toBe("before-2025");
  });

  it.each([
    ["Tiền Giang", "Đồng Tháp"],
    ["Đồng Tháp", "Đồng Tháp"],
    ["Hà Giang", "Tuyên Quang"],
    ["Yên Bái", "Lào Cai"],
    ["Bắc Kạn", "Thái Nguyên"],
    ["Hòa Bình", "Phú Thọ"],
    ["Vĩnh Phúc", "Phú Thọ"],
    ["Bắc Giang", "Bắc Ninh"],
    ["Thái Bình", "Hưng Yên"],
    ["Hải Dương", "Hải Phòng"],
    ["Nam Định", "Ninh Bình"],
    ["Quảng Bình", "Quảng Trị"],
    ["Quảng Nam", "Đà Nẵng"],
    ["Kon Tum", "Quảng Ngãi"],
    ["Bình Định", "Gia Lai"],
    ["Ninh Thuận", "Khánh Hòa"],
    ["Bình Thuận", "Lâm Đồng"],
    ["Đắk Nông", "Lâm Đồng"],
    ["Phú Yên", "Đắk Lắk"],
    ["Bình Dương", "Hồ Chí Minh"],
    ["Bà Rịa - Vũng Tàu", "Hồ Chí Minh"],
    ["Bình Phước", "Đồng Nai"],
    ["Long An", "Tây Ninh"],
    ["Sóc Trăng", "Cần Thơ"],
    ["Hậu Giang", "Cần Thơ"],
    ["Bến Tre", "Vĩnh Long"],
    ["Trà Vinh", "Vĩnh Long"],
    ["Bạc Liêu", "Cà Mau"],
    ["Kiên Giang", "An Giang"],
    ["Thừa Thiên Huế", "Huế"],
    ["TT-Huế", "Huế"],
    ["Hà Nội", "Hà Nội"],
    ["Cao Bằng", "Cao Bằng"],
  ])("%s became part of %s", (before, after) => {
    expect(provinceAfter2025(before)?.name).toBe(after);
  });

  it("maps all 63 provinces onto all 34, and nothing else", () => {
    const targets = new Set(tiers("before-2025", 1).map((u) => provinceAfter2025(u.name)?.name));
    expect(targets.has(undefined)).toBe(false);
    expect(targets.size).toBe(34);
    expect(provinceAfter2025("Gò Công Tây")).toBeUndefined();
    expect(table("gazetteer/provinces-2025")).toHaveLength(63);
  });

  it("says which units the reform ended", () => {
    const before = (code: string) => unitByCode(code, "before-2025")!;
    expect(endedBy2025(before("82"))).toBe("2025-06-30"); // Tiền Giang, merged into Đồng Tháp
    expect(endedBy2025(before("87"))).toBeNull(); // Đồng Tháp goes on
    expect(endedBy2025(before("01"))).toBeNull(); // Hà Nội
    expect(endedBy2025(before("823"))).toBe("2025-06-30"); // a district: the level is gone
    expect(endedBy2025(unitsNamed("Đồng Tháp", "after-2025", [1])[0]!)).toBeNull();
  });
});

describe("aliases, countries and world places", () => {
  it.each([
    ["TP.HCM", "Hồ Chí Minh", "city", true],
    ["TPHCM", "Hồ Chí Minh", "city", true],
    ["TP HCM", "Hồ Chí Minh", "city", true],
    ["Sài Gòn", "Hồ Chí Minh", "city", false],
    ["Thừa Thiên - Huế", "Thừa Thiên Huế", "province", false],
    ["BR-VT", "Bà Rịa - Vũng Tàu", "province", false],
    ["Đắc Lắc", "Đắk Lắk", "province", false],
  ])("placeAlias(%j) → %s (%s)", (alias, name, level, whole) => {
    expect(placeAlias(alias)).toEqual({ name, level, whole });
  });

  it("every alias names a unit the gazetteer knows, or a former province", () => {
    const former = new Set(["Hà Tây", "Hà Sơn Bình", "Hà Bắc", "Nghệ Tĩnh", "Bình Trị Thiên", "Nghĩa Bình", "Phú Khánh", "Hà Nam Ninh", "Minh Hải", "Sông Bé"]);
    for (const r of table("place-aliases")) {
      const known = unitsNamed(r.name!, "before-2025").length + unitsNamed(r.name!, "after-2025").length > 0;
      expect(known || former.has(r.name!), r.alias).toBe(true);
    }
  });

  it("reads countries under their canonical name", () => {
    expect(country("Hoa Kỳ")).toMatchObject({ name: "Mỹ", iso: "US" });
    expect(country("VN")).toMatchObject({ name: "Việt Nam", iso: "VN" });
    expect(country("Anh")).toMatchObject({ name: "Anh", guard: "not-first" });
    expect(country("Hà Nội")).toBeUndefined();
  });

  it("keeps world places apart from countries and units", () => {
    expect(worldPlace("châu Á")).toBe("continent");
    expect(worldPlace("Biển Đông")).toBe("sea");
    expect(worldPlace("Mỹ")).toBeUndefined();
    for (const r of table("gazetteer/world")) expect(country(r.name!), r.name).toBeUndefined();
  });

  it("keeps the lists free of duplicate keys (spellings with a dot or a lower-case word are matched as written)", () => {
    for (const [name, col] of [
      ["countries", "name"],
      ["place-aliases", "alias"],
      ["gazetteer/world", "name"],
    ] as const) {
      const keys = table(name)
        .map((r) => r[col]!)
        .filter((w) => !w.includes(".") && !/(?:^|[\s-])\p{Ll}/u.test(w))
        .map(placeKey);
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });
});

describe("knownPlace (one key and one set for the four lookups)", () => {
  // what people's isKnownPlace asked before: a province or district of the old structure, a country, an alias, a world place
  const byLookups = (name: string): boolean =>
    unitsNamed(name, "before-2025", [1, 2]).length > 0 ||
    country(name) !== undefined ||
    placeAlias(name) !== undefined ||
    worldPlace(name) !== undefined;

  it.each([
    "Hà Tĩnh", "HÀ TĨNH", "hà tĩnh", "Ha Tinh", "ha  tinh", "Tien Giang", "Tiền Giang", "Khánh Hoà", "Khánh Hòa",
    "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Ba Ria - Vung Tau", "Gò Công Tây", "Go Cong Tay", "Long Bình", "Long Binh",
    "1", "01", "Quận 1", "Phường 03", "3", "TP.HCM", "TPHCM", "TP HCM", "Sài Gòn", "Sai Gon", "Hoa Kỳ", "Hoa Ky", "Mỹ", "My",
    "Việt Nam", "VN", "Timor-Leste", "Timor Leste", "châu Á", "chau A", "Biển Đông", "Bien Dong", "Nguyễn Văn A", "Nguyen Van A",
    "", " ", "-", "Huế", "Hue", "Thủy", "Đắc Lắc", "Dac Lac", "Đà Lạt", "Da Lat", "Hà Nội", "Ha Noi", "HaNoi",
  ])("%j", (name) => {
    expect(knownPlace(name)).toBe(byLookups(name));
  });

  it("agrees with the lookups on every unit's name and its spelling without diacritics", () => {
    for (const u of [...allUnits("before-2025"), ...allUnits("after-2025")]) {
      for (const name of [u.name, u.slug.replace(/-/g, " "), unitLabel(u)]) expect([name, knownPlace(name)]).toEqual([name, byLookups(name)]);
    }
  });
});
