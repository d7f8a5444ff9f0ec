// web-test-runner plugin: runs the reference data server (server.mjs) and lets browser tests
// control it through the `qoldau-server` command (see control.ts).
//
// Test files run in parallel pages, and a test may stop the server or make it fail: so each test
// session (one test file) gets its own server on its own free port, created on first use. One is
// started up front in serverStart so the first session does not wait for it.
import { createTestServer } from './server.mjs';

export function testServerPlugin() {
  /** @type {Map<string, ReturnType<typeof createTestServer>>} */
  const bySession = new Map();
  /** @type {ReturnType<typeof createTestServer>[]} */
  const idle = [];

  async function serverFor(sessionId) {
    let server = bySession.get(sessionId);
    if (!server) {
      server = idle.pop();
      if (!server) {
        server = createTestServer();
        await server.listen(0);
      }
      bySession.set(sessionId, server);
    }
    return server;
  }

  return {
    name: 'qoldau-test-server',
    async serverStart() {
      const server = createTestServer();
      await server.listen(0);
      idle.push(server);
    },
    async serverStop() {
      await Promise.all([...idle, ...bySession.values()].map((server) => server.stop()));
      idle.length = 0;
      bySession.clear();
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'qoldau-server') return undefined;
      const server = await serverFor(session.id);
      return server.control(payload);
    },
  };
}
