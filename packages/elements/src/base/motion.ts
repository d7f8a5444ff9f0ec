// Motion policy shared by every animation: reduced motion wins, and we animate only what is seen.

/**
 * True when the visitor asked for less motion: the OS setting, or `data-qoldau-motion="reduce"` on
 * <html> (lets an NGO, or Storybook's toolbar, turn animations off for the whole page).
 */
export function prefersReducedMotion(): boolean {
  if (document.documentElement.dataset.qoldauMotion === 'reduce') return true;
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Calls `callback` once, the first time `element` is at least partly in the viewport. */
export function onFirstVisible(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      callback();
    }
  });
  observer.observe(element);
  return () => observer.disconnect();
}
