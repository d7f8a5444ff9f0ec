// The SDK's own <script> element, handed over by the CDN entry. Kept apart from config.ts so the
// entry carries a few bytes, not the configuration code; data-* attributes are read at first need.

export const scriptTagRef: { element?: HTMLScriptElement; version: number } = { version: 0 };

/** Registers the SDK's script tag; its `data-*` attributes are read lazily at first need. */
export function registerScriptTag(script: HTMLScriptElement | null): void {
  scriptTagRef.element = script ?? undefined;
  scriptTagRef.version++;
}
