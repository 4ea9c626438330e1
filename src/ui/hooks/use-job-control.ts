/**
 * Job control, as in any full-screen terminal program: Ctrl+Z (and a SIGTSTP sent from outside)
 * hands the terminal back to the shell as it found it (line mode, echo, bracketed paste off,
 * cursor shown) and stops the process; `fg` (SIGCONT) takes it back: raw mode, bracketed paste,
 * and the whole frame drawn again on a clean screen, since the shell wrote over it meanwhile.
 */
import {useStdin, useStdout} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import {lendTerminal} from '../terminal-modes.js';

type RawStdin = NodeJS.ReadStream & {isRaw?: boolean; setRawMode?: (on: boolean) => unknown};

const CLEAR_SCREEN = '\u001b[2J\u001b[3J\u001b[H';

/** Raw mode again (libuv switches only on a change, so off first) and a full redraw. */
const retake = (tty: RawStdin, redraw: () => void) => () => {
  if (tty.isRaw) {
    tty.setRawMode?.(false);
    tty.setRawMode?.(true);
  }
  redraw();
};

/** Returns the function that suspends the wizard (the Ctrl+Z key); installs the signal handlers. */
export function useJobControl(): () => void {
  const {stdin} = useStdin();
  const {stdout, write} = useStdout();
  // Only the process's own terminal: a test's fake one must never stop the test runner.
  const owns = stdin === process.stdin && Boolean(stdin.isTTY) && process.platform !== 'win32';
  const takeBack = useRef<(() => void) | null>(null);
  const writeRef = useRef(write);
  writeRef.current = write;

  const suspend = useCallback(() => {
    if (!owns || takeBack.current) return;
    const tty = stdin as RawStdin;
    const wasRaw = tty.isRaw ?? false;
    tty.setRawMode?.(false);
    const modesBack = lendTerminal(stdout);
    takeBack.current = () => {
      if (wasRaw) tty.setRawMode?.(true);
      modesBack();
      // Ink erases its last frame and draws it whole after what it is given to write.
      writeRef.current(CLEAR_SCREEN);
    };
    // SIGSTOP, not SIGTSTP: our own SIGTSTP handler would catch the latter.
    process.kill(process.pid, 'SIGSTOP');
  }, [owns, stdin, stdout]);

  useEffect(() => {
    if (!owns) return;
    const onStop = () => suspend();
    const onContinue = () => {
      // Stopped without our knowing (SIGSTOP): the shell may have reset the terminal all the same.
      const back = takeBack.current ?? retake(stdin as RawStdin, () => writeRef.current(CLEAR_SCREEN));
      takeBack.current = null;
      back();
    };
    process.on('SIGTSTP', onStop);
    process.on('SIGCONT', onContinue);
    return () => {
      process.removeListener('SIGTSTP', onStop);
      process.removeListener('SIGCONT', onContinue);
    };
  }, [owns, suspend]);
  return suspend;
}
