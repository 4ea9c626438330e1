// How long things take: a process to its exit, a program in a pseudo-terminal to a full
// screen, a key to the first output after it, and a process's peak memory.
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {spawnTerminal, terminalEnv} from '../../test/support/terminal.mjs';

/** The environment of every case and baseline alike: no extra CA certificates (they add ~140 ms to each start), no CI. */
export function benchEnv(extra = {}) {
  return terminalEnv({NODE_EXTRA_CA_CERTS: undefined, ...extra});
}

/** Run a command to its end; resolves with ms from spawn to exit, its exit code and its output. */
export function timeToExit(command, args, {env = benchEnv(), cwd, timeoutMs = 60_000} = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {env, cwd, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      child.on('close', () => resolve({ms, code, signal, stdout, stderr}));
    });
  });
}

/** Peak resident memory of a live process in MB (Linux VmHWM), or null where it cannot be read. */
export function peakRssMb(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Start a program in a pseudo-terminal and wait for its full screen (every one of `texts`).
 * Resolves with the terminal (still running) and the ms to that screen.
 */
export async function startToScreen(command, args, texts, {env = benchEnv(), cwd, cols = 120, rows = 40, timeoutMs = 15_000} = {}) {
  const term = spawnTerminal(command, args, {env, cwd, cols, rows});
  try {
    const ms = await term.screenShows(texts, timeoutMs);
    return {term, ms};
  } catch (error) {
    await term.close();
    throw error;
  }
}

/** Type characters one at a time, `gapMs` apart; resolves with the ms from each key to the first output after it. */
export async function keyLatencies(term, text, {gapMs = 100, timeoutMs = 2_000} = {}) {
  const latencies = [];
  for (const ch of text) {
    await term.waitForIdle(gapMs, gapMs * 20);
    latencies.push(await term.timeToOutput(ch, timeoutMs));
  }
  return latencies;
}
