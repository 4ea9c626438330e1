// A real pseudo-terminal with a headless xterm behind it: what a person's terminal would show.
// Used by the end-to-end tests and the benchmarks alike.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

let sharedCacheFolder;

const KEYS = {
  enter: '\r',
  tab: '\t',
  'shift-tab': '\x1b[Z',
  esc: '\x1b',
  backspace: '\x7f',
  delete: '\x1b[3~',
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  pageup: '\x1b[5~',
  pagedown: '\x1b[6~',
  space: ' ',
};

/** The byte sequence a terminal sends for a named key ("enter", "ctrl-c", "up", …). */
export function keyBytes(name) {
  if (KEYS[name] !== undefined) return KEYS[name];
  const ctrl = /^ctrl-([a-z])$/.exec(name);
  if (ctrl) return String.fromCharCode(ctrl[1].charCodeAt(0) - 96);
  throw new Error(`unknown key ${name}`);
}

/** The environment a person's terminal would give: no CI variables (Ink draws only the last frame under CI). */
export function terminalEnv(extra = {}) {
  // Code caches of runs made by tests go to a folder of their own, never the user's cache;
  // that folder goes when this process ends, unless the caller named a folder of its own.
  if (!('ROLE_WIZARD_CODE_CACHE' in extra) && sharedCacheFolder === undefined) {
    const folder = mkdtempSync(join(tmpdir(), 'rw-code-cache-'));
    sharedCacheFolder = folder;
    process.once('exit', () => rmSync(folder, {recursive: true, force: true}));
  }
  const env = {...process.env, TERM: 'xterm-256color', FORCE_COLOR: undefined, ROLE_WIZARD_CODE_CACHE: sharedCacheFolder, ...extra};
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION', 'GITHUB_ACTIONS', 'NODE_EXTRA_CA_CERTS']) if (!(key in extra)) delete env[key];
  // A UTF-8 terminal unless the caller names a locale: the wizard writes ASCII under LANG=C.
  if (!['LANG', 'LC_ALL', 'LC_CTYPE'].some((key) => key in extra)) {
    delete env.LC_ALL;
    delete env.LC_CTYPE;
    if (!/utf-?8/i.test(env.LANG ?? '')) env.LANG = 'C.UTF-8';
  }
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

/** Start a command in a pseudo-terminal of the given size. */
export function spawnTerminal(command, args = [], {cols = 80, rows = 24, env, cwd} = {}) {
  const started = performance.now();
  const term = new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
  const environment = env ?? terminalEnv();
  // node-pty sets TERM from `name`: the environment's own TERM (TERM=dumb) is kept.
  const child = pty.spawn(command, args, {name: environment.TERM ?? 'xterm-256color', cols, rows, cwd: cwd ?? process.cwd(), env: environment});
  let pending = Promise.resolve();
  let raw = '';
  let lastOutputAt = performance.now();
  let firstOutputAt = null;
  const outputWaiters = new Set();
  // Checked after each chunk is drawn, with the time that chunk arrived: exact, not polled.
  const screenWaiters = new Set();
  child.onData((data) => {
    const now = performance.now();
    lastOutputAt = now;
    if (firstOutputAt === null) firstOutputAt = now;
    raw += data;
    if (raw.length > 1_000_000) raw = raw.slice(-500_000);
    pending = pending.then(() => new Promise((resolve) => term.write(data, resolve)));
    if (screenWaiters.size > 0) pending.then(() => {
      for (const waiter of screenWaiters) waiter(now);
    });
    for (const waiter of outputWaiters) waiter(now);
  });
  const exited = new Promise((resolve) => child.onExit(({exitCode, signal}) => resolve({exitCode, signal})));
  let done = false;
  exited.then(() => {
    done = true;
  });

  const screen = () => {
    const buffer = term.buffer.active;
    const lines = [];
    for (let i = 0; i < term.rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    return lines.join('\n');
  };

  const api = {
    pid: child.pid,
    started,
    exited,
    get exitedAlready() {
      return done;
    },
    /** All output so far, escape sequences included. */
    get raw() {
      return raw;
    },
    get firstOutputAt() {
      return firstOutputAt;
    },
    /** The visible screen as text, after every byte received so far is drawn. */
    async screen() {
      await pending;
      return screen();
    },
    /** Wait until the screen shows a text (string or RegExp); resolves with ms since spawn. */
    async waitForText(text, timeoutMs = 10_000) {
      const deadline = performance.now() + timeoutMs;
      const matches = (s) => (typeof text === 'string' ? s.includes(text) : text.test(s));
      for (;;) {
        await pending;
        if (matches(screen())) return performance.now() - started;
        if (done) throw new Error(`exited before showing ${text}\n--- screen ---\n${screen()}`);
        if (performance.now() > deadline) throw new Error(`timed out waiting for ${text}\n--- screen ---\n${screen()}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    /**
     * Wait until the screen shows every one of `texts` (strings or RegExps); resolves with the ms
     * from spawn to the arrival of the output that completed it (not rounded up to a poll).
     */
    screenShows(texts, timeoutMs = 10_000) {
      const list = Array.isArray(texts) ? texts : [texts];
      const shows = () => {
        const s = screen();
        return list.every((t) => (typeof t === 'string' ? s.includes(t) : t.test(s)));
      };
      return new Promise((resolve, reject) => {
        const finish = (fn) => {
          clearTimeout(timer);
          screenWaiters.delete(waiter);
          fn();
        };
        const waiter = (arrivedAt) => {
          if (shows()) finish(() => resolve(arrivedAt - started));
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`timed out waiting for ${list.join(' + ')}\n--- screen ---\n${screen()}`))),
          timeoutMs,
        );
        exited.then(() =>
          pending.then(() => {
            if (screenWaiters.has(waiter)) finish(() => reject(new Error(`exited before showing ${list.join(' + ')}\n--- screen ---\n${screen()}`)));
          }),
        );
        pending.then(() => {
          if (shows()) finish(() => resolve((lastOutputAt ?? performance.now()) - started));
          else screenWaiters.add(waiter);
        });
      });
    },
    /** Wait until no output has come for `quietMs`. */
    async waitForIdle(quietMs = 100, timeoutMs = 10_000) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() - lastOutputAt < quietMs) {
        if (performance.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await pending;
    },
    write(data) {
      child.write(data);
    },
    /** Send named keys ("enter", "ctrl-c", …). */
    press(...names) {
      for (const name of names) child.write(keyBytes(name));
    },
    /** Type text, one chunk per character unless `paste` (then one chunk, as a paste arrives). */
    async type(text, {paste = false, delayMs = 0} = {}) {
      if (paste) return child.write(text);
      for (const ch of text) {
        child.write(ch);
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      }
    },
    /** Write bytes and resolve with the ms until the first output after them. */
    timeToOutput(data, timeoutMs = 2_000) {
      return new Promise((resolve, reject) => {
        const sentAt = performance.now();
        const timer = setTimeout(() => {
          outputWaiters.delete(waiter);
          reject(new Error('no output'));
        }, timeoutMs);
        const waiter = (at) => {
          clearTimeout(timer);
          outputWaiters.delete(waiter);
          resolve(at - sentAt);
        };
        outputWaiters.add(waiter);
        child.write(data);
      });
    },
    resize(c, r) {
      child.resize(c, r);
      term.resize(c, r);
    },
    kill(signal = 'SIGTERM') {
      try {
        child.kill(signal);
      } catch {}
    },
    /** End the program the way a terminal closing would, then make sure it is gone. */
    async close() {
      if (!done) {
        api.kill('SIGHUP');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 1500))]);
      }
      if (!done) {
        api.kill('SIGKILL');
        // Gone before the caller removes the folders it was writing into.
        await Promise.race([exited, new Promise((r) => setTimeout(r, 1500))]);
      }
      term.dispose();
    },
  };
  return api;
}
