/**
 * The draft store loaded in steps (zod and the method's schema, then the store), with
 * a pause between them: each step is a few tens of ms of module set-up, and a key typed meanwhile
 * is answered in a pause instead of waiting for all of them.
 */
import type {DraftStoreOptions} from './drafts.js';
import type {DraftStore} from './types.js';

/** The draft store for an environment, loaded step by step; `pause` resolves when the next step may run. */
export async function loadDraftStore(env: NodeJS.ProcessEnv, pause: () => Promise<void>, options?: DraftStoreOptions): Promise<DraftStore> {
  await import('../method/model.js');
  await pause();
  const {draftStore} = await import('./drafts.js');
  await pause();
  return draftStore(env, options);
}
