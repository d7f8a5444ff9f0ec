// Type-checked only (tsc): the qoldau/solid types for the tags, their properties and events.
import 'qoldau';
import type {} from 'qoldau/solid';
import { render } from 'solid-js/web';
import { record } from '../../shared.js';

render(
  () => (
    <qoldau-donation-progress
      id="valid"
      raised={8420000}
      goal={12500000}
      variant="ring"
      on:qoldau-load={(event) => event.detail.data && record(event)}
      on:qoldau-error={(event) => event.detail.message && record(event)}
    >
      <a slot="footer" href="/donate">
        Donate
      </a>
    </qoldau-donation-progress>
  ),
  document.getElementById('root')!,
);
