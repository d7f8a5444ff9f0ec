// Types for scripts/preload-hints.mjs (hintFiles is imported by test/cdn-preload.test.ts).
export type Hints = Record<string, string[]>;
export declare function hintFiles(
  hints: Hints,
  tags: string[],
  options?: { data?: 'json' | 'static' | 'sheet'; lang?: string },
): string[];
