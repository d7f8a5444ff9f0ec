// Removes build output folders (rollup and tsc never delete stale files themselves).
import { rmSync } from 'node:fs';

for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
