// Type-checked only (tsc): the qoldau/preact types for the tags, their properties and events.
import 'qoldau';
import type {} from 'qoldau/preact';
import { render } from 'preact';
import { record } from '../../shared.js';

render(
  <qoldau-donation-progress
    id="valid"
    raised={8420000}
    goal={12500000}
    variant="ring"
    onqoldau-load={(event) => event.detail.data && record(event)}
    onqoldau-goal-reached={(event) => event.detail.raised > 0 && record(event)}
  >
    <a slot="footer" href="/donate">
      Donate
    </a>
  </qoldau-donation-progress>,
  document.getElementById('root')!,
);
