// Placeholder until the adapter's reference test server lands (issue 3).
export function testServerPlugin() {
  return { name: 'qoldau-test-server' };
}
