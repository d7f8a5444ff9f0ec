// The demo's donor list (packages/qoldau/demo/data/donors/batyr-van.json: kk and ru names and
// messages), with its dates moved so the newest gift is three minutes old: "3 minutes ago" stays true.
import demoList from '../../packages/qoldau/demo/data/donors/batyr-van.json';

export interface SampleDonor {
  name?: string;
  amount?: number;
  message?: string;
  date?: string;
}

/** The demo's gifts, newest three minutes ago. */
export function recentDonors(): SampleDonor[] {
  const items: SampleDonor[] = demoList.items;
  const newest = Math.max(...items.map((item) => Date.parse(item.date ?? '') || 0));
  const shift = Date.now() - 3 * 60_000 - newest;
  return items.map((item) =>
    item.date ? { ...item, date: new Date(Date.parse(item.date) + shift).toISOString() } : item,
  );
}
