/** What one cachegrind run counted over a whole process (the misses with --cache-sim=yes only). */
export interface CachegrindCounts {
  instructions: number;
  d1Misses: number | null;
  llMisses: number | null;
}
export function readCachegrindSummary(stderr: string): CachegrindCounts;
export function countsMinus(a: CachegrindCounts, b: CachegrindCounts): CachegrindCounts;
