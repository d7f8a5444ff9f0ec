// Types for scripts/chromium.mjs (imported by vitest.config.ts).
export declare const installHint: string;
export declare function chromiumPath(): string | undefined;
export declare const chromiumArgs: string[];
