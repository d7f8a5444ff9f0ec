// Imports each component the first time its tag appears on the page, so a page pays only for the
// widgets it uses. Tags added later (by a page builder, a framework, a CMS block) are found too.

/** Tag → the module that defines it. Every public tag must be listed here. */
export const componentLoaders: Record<string, () => Promise<unknown>> = {
  'qoldau-donation-progress': () => import('@qoldau/elements/donation-progress/define.js'),
  'qoldau-impact-counter': () => import('@qoldau/elements/impact-counter/define.js'),
  'qoldau-impact-counters': () => import('@qoldau/elements/impact-counters/define.js'),
  // chart.js itself is a further chunk, imported when a chart connects.
  'qoldau-impact-chart': () => import('@qoldau/charts/impact-chart/define.js'),
  // The form foundation (form/) is part of this chunk: a page without a form never fetches it.
  'qoldau-event-signup': () => import('@qoldau/elements/event-signup/define.js'),
  'qoldau-volunteer-form': () => import('@qoldau/elements/volunteer-form/define.js'),
  'qoldau-donor-wall': () => import('@qoldau/elements/donor-wall/define.js'),
  // The QR code library is a further chunk, imported when a Kaspi QR code is shown.
  'qoldau-donate': () => import('@qoldau/elements/donate/define.js'),
};

/** Any Qoldau tag. */
export const componentSelector = Object.keys(componentLoaders).join(',');

/**
 * The attributes by which a tag names a resource for the data adapter (as selectors). Add new ones
 * here, scoped to their tag where another tag uses the same name otherwise: `campaign` on
 * <qoldau-donate> is only the name passed to the payment page, and `donors` on a meter is a count.
 */
const resourceAttributes = [
  ':not(qoldau-donate)[campaign]',
  '[metric]',
  '[set]',
  '[allocation]',
  '[series]',
  '[event]',
  '[role-id]',
  'qoldau-donor-wall[donors]',
  '[donate-id]',
];

/**
 * A Qoldau tag that names a resource (`campaign="…"`, `set="…"`): on such a page the adapter's
 * chunk is fetched with the component chunks rather than after them.
 */
export const liveDataSelector = `:is(${componentSelector}):is(${resourceAttributes})`;

const requested = new Set<string>();

/** Loads the definitions of all Qoldau tags under `root` that are not defined yet. */
export function discover(root: ParentNode): Promise<unknown[]> {
  const tags = new Set<string>();
  if (root instanceof Element && !customElements.get(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) tags.add(element.localName);
  const loads: Array<Promise<unknown>> = [];
  for (const tag of tags) {
    const load = componentLoaders[tag];
    if (!load || requested.has(tag)) continue;
    requested.add(tag);
    loads.push(
      load().catch((error: unknown) => {
        requested.delete(tag); // a later appearance of the tag tries again (e.g. after going online)
        console.error(`Qoldau: could not load <${tag}>`, error);
      }),
    );
  }
  return Promise.all(loads);
}

/** Discovers the tags already in the page and watches for new ones. */
export function startAutoloader(root: Document = document): MutationObserver {
  void discover(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return observer;
}
