import { createRoot } from 'react-dom/client';
import { DonationProgress } from '@qoldau/react';
import { record } from '../../shared.js';

function App() {
  return (
    <>
      <DonationProgress
        id="valid"
        raised={8420000}
        goal={12500000}
        variant="ring"
        heading="Van"
        data-app="react18"
        onQoldauLoad={(event) => event.detail.data && record(event)}
      >
        <a slot="footer" href="/donate">
          Donate
        </a>
      </DonationProgress>
      <DonationProgress
        id="reached"
        raised={500}
        goal={400}
        onQoldauLoad={record}
        onQoldauGoalReached={(event) => event.detail.raised === 500 && record(event)}
      />
      <DonationProgress
        id="invalid"
        raised={10}
        goal={0}
        onQoldauError={(event) => event.detail.message && record(event)}
      />
    </>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
