// Runs inside test/layout-stability.test.ts's iframe: a page of its own, with its own copy of the
// SDK, whose widgets are defined only when the test calls upgrade() — so the test sees the page as
// a visitor does before the script arrives (the fallback), then the skeletons, then the data.
import type { ReactiveElement } from 'lit';
import { configure } from '@qoldau/core';
import { localeReady } from '../packages/elements/src/localization.js';
import { freshAdapter } from '../packages/core/test/data/helpers.js';

declare global {
  interface Window {
    /** Points the adapter at `source` (a URL template) and defines the widgets. */
    upgrade(source: string): Promise<void>;
  }
}

window.upgrade = async (source) => {
  freshAdapter(); // its own storage: no figures kept by an earlier page
  configure({ source: { type: 'json', url: source }, cacheTtl: 60 });
  await Promise.all([
    import('../packages/elements/src/donation-progress/define.js'),
    import('../packages/elements/src/impact-counter/define.js'),
    import('../packages/elements/src/impact-counters/define.js'),
    import('../packages/charts/src/impact-chart/define.js'),
    import('../packages/elements/src/donor-wall/define.js'),
    import('../packages/elements/src/donate/define.js'),
  ]);
  // The widgets have connected and asked for <html lang>'s strings: measure once they are in.
  await localeReady();
  await Promise.all(
    [...document.querySelectorAll('*')].map((element) => (element as Partial<ReactiveElement>).updateComplete),
  );
};
