/** Problems found in one parsed article (span slicing and bounds, JSON, extractor failures); empty when none. */
export function articleProblems(article: { text: string } & object, options?: { maxProblems?: number }): string[];
