// Types for scripts/preload-hints.mjs (imported by test/cdn-preload.test.ts).
export type Hints = Record<string, string[]>;
export declare function buildHints(chunks: Record<string, unknown>): Hints;
export declare function hintFiles(
  hints: Hints,
  tags: string[],
  options?: { data?: 'json' | 'static' | 'sheet'; lang?: string },
): string[];
