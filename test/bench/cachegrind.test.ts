import { describe, expect, it } from "vitest";
import { countsMinus, readCachegrindSummary } from "../../bench/lib/cachegrind.mjs";

// the end of a `valgrind --tool=cachegrind --cache-sim=yes node …` run's standard error
const WITH_CACHES = `==4376== Cachegrind, a high-precision tracing profiler
==4376== Command: node --single-threaded bench/lib/passes.mjs dist/index.js corpus all:1
==4376==
==4376== I   refs:      36,802,778,601
==4376== I1  misses:       414,226,093
==4376== LLi misses:           107,902
==4376== I1  miss rate:           1.13%
==4376== LLi miss rate:           0.00%
==4376==
==4376== D   refs:      17,118,334,122  (11,955,360,468 rd   + 5,162,973,654 wr)
==4376== D1  misses:       303,789,741  (   239,678,882 rd   +    64,110,859 wr)
==4376== LLd misses:         4,172,217  (       199,886 rd   +     3,972,331 wr)
==4376== D1  miss rate:            1.8% (           2.0%     +           1.2%  )
==4376== LLd miss rate:            0.0% (           0.0%     +           0.1%  )
==4376==
==4376== LL refs:          718,015,834  (   653,904,975 rd   +    64,110,859 wr)
==4376== LL misses:          4,280,119  (       307,788 rd   +     3,972,331 wr)
==4376== LL miss rate:             0.0% (           0.0%     +           0.1%  )
`;

describe("readCachegrindSummary", () => {
  it("reads the instructions and the first- and last-level data misses, not the rates or the LLd line", () => {
    expect(readCachegrindSummary(WITH_CACHES)).toEqual({ instructions: 36_802_778_601, d1Misses: 303_789_741, llMisses: 4_280_119 });
  });

  it("reads a run without the cache simulation: instructions only", () => {
    expect(readCachegrindSummary("==12== I refs:        1,525,000,123\n")).toEqual({ instructions: 1_525_000_123, d1Misses: null, llMisses: null });
  });

  it.each([
    ["no summary at all", "node: bad option: --x\n"],
    ["a summary line of a program's own output, without valgrind's pid prefix", "I   refs:      36,802,778,601\n"],
  ])("refuses %s", (_what, text) => {
    expect(() => readCachegrindSummary(text)).toThrow(/no cachegrind summary/);
  });
});

describe("countsMinus", () => {
  it("is what one run did beyond another, count by count", () => {
    const two = { instructions: 51_341_384_001, d1Misses: 424_906_843, llMisses: 3_658_465 };
    const one = { instructions: 36_802_778_601, d1Misses: 303_789_741, llMisses: 4_280_119 };
    expect(countsMinus(two, one)).toEqual({ instructions: 14_538_605_400, d1Misses: 121_117_102, llMisses: -621_654 });
  });

  it("keeps a missing count missing", () => {
    expect(countsMinus({ instructions: 10, d1Misses: null, llMisses: 5 }, { instructions: 4, d1Misses: 2, llMisses: null })).toEqual({ instructions: 6, d1Misses: null, llMisses: null });
  });
});
