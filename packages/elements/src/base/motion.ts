// Motion policy shared by every animation: reduced motion wins, and we animate only what is seen.
// One reduced-motion listener and one IntersectionObserver serve every widget on the page:
// per-widget ones cost each widget a matchMedia() call and an observer (issue #9's profile).

let reducedMotion: boolean | undefined;

/**
 * True when the visitor asked for less motion: the OS setting, or `data-qoldau-motion="reduce"` on
 * <html> (lets an NGO, or Storybook's toolbar, turn animations off for the whole page).
 */
export function prefersReducedMotion(): boolean {
  if (document.documentElement.dataset.qoldauMotion === 'reduce') return true;
  if (reducedMotion === undefined) {
    // Asked once, then kept current by one listener: reading `matches` on every connect was
    // measurable when hundreds of widgets connect at once (issue #9).
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    reducedMotion = query.matches;
    query.addEventListener('change', (event) => (reducedMotion = event.matches));
  }
  return reducedMotion;
}

let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, () => void>();
const stopWaiting = (element: Element) => {
  waiting.delete(element);
  observer?.unobserve(element);
};

/** Calls `callback` once, the first time `element` is at least partly in the viewport. */
export function onFirstVisible(element: Element, callback: () => void): () => void {
  observer ??= new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      const seen = isIntersecting && waiting.get(target);
      if (seen) {
        stopWaiting(target);
        seen();
      }
    }
  });
  waiting.set(element, callback);
  observer.observe(element);
  return () => stopWaiting(element);
}
