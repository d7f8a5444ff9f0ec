// web-test-runner plugin for the accessibility tests (issue #10): Chromium's forced-colours
// emulation through CDP (wtr's emulateMedia drops `forcedColors` for puppeteer), a touch-only
// device (CDP touch emulation: coarse pointer, no hover), and screenshots of
// an element for a person to look at, written only when QOLDAU_SCREENSHOTS names a folder.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export function a11yPlugin() {
  // Emulation lasts as long as its CDP session: one per page, kept open (detaching resets it).
  const sessions = new WeakMap();
  return {
    name: 'qoldau-a11y',
    async executeCommand({ command, payload, session }) {
      if (command === 'qoldau-forced-colors') {
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
        });
        return true;
      }
      if (command === 'qoldau-touch') {
        // A touch-only device (a phone): `(pointer: coarse)` and `(hover: none)` match (the donate
        // widget's Kaspi link vs QR code).
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setTouchEmulationEnabled', {
          enabled: payload.enabled,
          maxTouchPoints: 5,
        });
        return true;
      }
      if (command === 'qoldau-screenshot') {
        const folder = process.env.QOLDAU_SCREENSHOTS;
        if (!folder) return false;
        await mkdir(folder, { recursive: true });
        const page = session.browser.getPage(session.id);
        const file = path.join(folder, `${payload.name.replace(/[^\w-]/g, '_')}.png`);
        await page.screenshot({ path: file, clip: payload.clip });
        return file;
      }
      return undefined;
    },
  };
}
