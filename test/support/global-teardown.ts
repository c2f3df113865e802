import { rmSync } from 'node:fs';
import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.hubTestPostgres;
  if (!state) return;
  if (state.embedded) {
    // Stopping a non-persistent server removes its data folder, not the temporary folder around it.
    try {
      await state.embedded.stop();
    } finally {
      if (state.tempDir) rmSync(state.tempDir, { recursive: true, force: true });
    }
  } else {
    await dropDatabase(state.adminUrl, state.template);
  }
}
