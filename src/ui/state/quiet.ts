/**
 * Quiet moments for work that must not hold up a key: just after the frame that answered a key
 * (at human pace the next key is far off), or once no key has come for a while.
 */

/** No input for this long counts as quiet. */
export const IDLE_MS = 30;

let lastInput = -Infinity;
const waiting = new Set<() => void>();

/** Called once the frame for a key (any change of the wizard's state) has been drawn. */
export function markInput(): void {
  lastInput = performance.now();
  if (waiting.size === 0) return;
  const ready = [...waiting];
  waiting.clear();
  setImmediate(() => {
    for (const resolve of ready) resolve();
  });
}

/** Resolves at the next quiet moment. */
export function quietMoment(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      waiting.delete(finish);
      resolve();
    };
    const check = () => {
      const idle = performance.now() - lastInput;
      if (idle >= IDLE_MS) finish();
      else timer = setTimeout(check, IDLE_MS - idle);
    };
    let timer = setTimeout(check, 0);
    waiting.add(finish);
  });
}

/** The next turn of the event loop: no waiting for quiet (the assessor is leaving). */
export const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
