export type Terminal = {
  pid: number;
  started: number;
  exited: Promise<{exitCode: number; signal?: number}>;
  readonly exitedAlready: boolean;
  readonly raw: string;
  readonly firstOutputAt: number | null;
  screen(): Promise<string>;
  waitForText(text: string | RegExp, timeoutMs?: number): Promise<number>;
  /** ms from spawn to the arrival of the output that made the screen show every text. */
  screenShows(texts: string | RegExp | Array<string | RegExp>, timeoutMs?: number): Promise<number>;
  waitForIdle(quietMs?: number, timeoutMs?: number): Promise<void>;
  /** Bytes as they are (a Buffer), or text sent as UTF-8. */
  write(data: string | Uint8Array): void;
  press(...names: string[]): void;
  type(text: string, options?: {paste?: boolean; delayMs?: number}): Promise<void>;
  timeToOutput(data: string, timeoutMs?: number): Promise<number>;
  resize(cols: number, rows: number): void;
  kill(signal?: string): void;
  close(): Promise<void>;
};
export function keyBytes(name: string): string;
export function terminalEnv(extra?: Record<string, string | undefined>): Record<string, string>;
export function spawnTerminal(
  command: string,
  args?: string[],
  options?: {cols?: number; rows?: number; env?: Record<string, string>; cwd?: string},
): Terminal;
