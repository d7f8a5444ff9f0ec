import { createRoot } from 'react-dom/client';
import 'qoldau';
import type {} from 'qoldau/react';
import { record } from '../../shared.js';

function App() {
  return (
    <>
      <qoldau-donation-progress
        id="valid"
        raised={8420000}
        goal={12500000}
        variant="ring"
        heading="Van"
        data-app="react19"
        onqoldau-load={(event) => event.detail.data && record(event)}
      >
        <a slot="footer" href="/donate">
          Donate
        </a>
      </qoldau-donation-progress>
      <qoldau-donation-progress
        id="reached"
        raised={500}
        goal={400}
        onqoldau-load={record}
        onqoldau-goal-reached={(event) => event.detail.raised === 500 && record(event)}
      />
      <qoldau-donation-progress
        id="invalid"
        raised={10}
        goal={0}
        onqoldau-error={(event) => event.detail.message && record(event)}
      />
    </>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
