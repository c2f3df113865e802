import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.hubTestPostgres;
  if (!state) return;
  if (state.embedded) {
    await state.embedded.stop();
  } else {
    await dropDatabase(state.adminUrl, state.template);
  }
}
