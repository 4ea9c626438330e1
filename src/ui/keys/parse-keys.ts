/**
 * The terminal's input as keypresses: a run of typed text is split into one key per character,
 * escape sequences are named, and only what arrives between the bracketed-paste markers
 * (ESC[200~ … ESC[201~) is a paste. Pure: the keypress context feeds it, tests call it directly.
 */
import type {Key} from 'ink';

/** Ink's key flags, and whether the key is a paste (its text in `input`) or F1. */
export type KeyInfo = Key & {paste: boolean; f1: boolean};

export type Keypress = {input: string; key: KeyInfo};

export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';

const NO_KEY: KeyInfo = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
  paste: false,
  f1: false,
};

const press = (input: string, flags: Partial<KeyInfo> = {}): Keypress => ({input, key: {...NO_KEY, ...flags}});

/** One CSI (ESC [ …) or SS3 (ESC O x), Alt-prefixed or not, else ESC + a character, or a lone ESC. */
const SEQUENCE = /^\u001b\u001b?(?:\[\[?[0-?]*[ -/]*[@-~]|O[@-~])|^\u001b[\s\S]?/u;

// CSI final letters and `~` codes of the keys the wizard knows; the rest are ignored, never text.
const LETTER: Record<string, Partial<KeyInfo>> = {
  A: {upArrow: true},
  B: {downArrow: true},
  C: {rightArrow: true},
  D: {leftArrow: true},
  H: {home: true},
  F: {end: true},
  P: {f1: true},
  Z: {tab: true, shift: true},
};
const TILDE: Record<string, Partial<KeyInfo>> = {
  '1': {home: true},
  '7': {home: true},
  '4': {end: true},
  '8': {end: true},
  '3': {delete: true},
  '5': {pageUp: true},
  '6': {pageDown: true},
  '11': {f1: true},
};

/** Modifier flags of an xterm parameter (`1;5A`: 5 = 1 + Ctrl(4)). */
function modifiers(parameter: string | undefined): Partial<KeyInfo> {
  const n = Number(parameter ?? '1') - 1;
  if (!Number.isFinite(n) || n <= 0) return {};
  return {shift: (n & 1) !== 0, meta: (n & 2) !== 0, ctrl: (n & 4) !== 0};
}

/** The keypress of one escape sequence. */
export function decodeSequence(sequence: string): Keypress {
  if (sequence === '\u001b') return press('', {escape: true});
  if (sequence.startsWith('\u001b\u001b') && sequence.length > 2) {
    const inner = decodeSequence(sequence.slice(1));
    return {input: inner.input, key: {...inner.key, meta: true}};
  }
  if (sequence === '\u001b[[A') return press('', {f1: true});
  const csi = /^\u001b\[([0-9;]*)([A-Za-z~])$/.exec(sequence);
  if (csi) {
    const [, parameters = '', final = ''] = csi;
    const parts = parameters.split(';');
    const flags = final === '~' ? TILDE[parts[0] ?? ''] : LETTER[final];
    if (!flags) return press('');
    return press('', {...flags, ...modifiers(parts[1]), ...(flags.shift ? {shift: true} : {})});
  }
  const ss3 = /^\u001bO([A-Za-z])$/.exec(sequence);
  if (ss3) {
    const flags = LETTER[ss3[1] ?? ''];
    return press('', flags ?? {});
  }
  // ESC + a character: Alt/Meta with that key (ESC ESC: Esc pressed with Alt, an Esc).
  const rest = sequence.slice(1);
  if (rest === '\u001b') return press('', {escape: true, meta: true});
  if (rest === '\r') return press('', {return: true, meta: true});
  if (rest === '\u007f' || rest === '\b') return press('', {backspace: true, meta: true});
  return rest.length > 0 && rest.codePointAt(0)! >= 0x20 ? press(rest, {meta: true}) : press('');
}

/** The keypress of one typed character (a code point). */
export function decodeCharacter(ch: string): Keypress {
  switch (ch) {
    case '\r':
    case '\n':
      return press('', {return: true});
    case '\t':
      return press('', {tab: true});
    case '\u007f':
    case '\b':
      return press('', {backspace: true});
  }
  const code = ch.codePointAt(0)!;
  if (code === 0) return press(' ', {ctrl: true});
  if (code < 0x1b) return press(String.fromCharCode(code + 96), {ctrl: true});
  if (code < 0x20) return press('');
  return press(ch, /^[A-Z]$/.test(ch) ? {shift: true} : {});
}

/**
 * A splitter that keeps its paste state between calls: `push` takes what the terminal sent (a
 * chunk, or a piece of one) and returns the keypresses it completes, in order.
 */
export function createKeySplitter() {
  let pasting: string | null = null;
  return {
    push(text: string): Keypress[] {
      const out: Keypress[] = [];
      let rest = text;
      while (rest.length > 0) {
        if (pasting !== null) {
          const end = rest.indexOf(PASTE_END);
          if (end === -1) {
            pasting += rest;
            break;
          }
          pasting += rest.slice(0, end);
          out.push(press(pasting, {paste: true}));
          pasting = null;
          rest = rest.slice(end + PASTE_END.length);
          continue;
        }
        if (rest.startsWith(PASTE_START)) {
          pasting = '';
          rest = rest.slice(PASTE_START.length);
          continue;
        }
        if (rest.startsWith(PASTE_END)) {
          rest = rest.slice(PASTE_END.length);
          continue;
        }
        if (rest.startsWith('\u001b')) {
          const sequence = SEQUENCE.exec(rest)?.[0] ?? '\u001b';
          out.push(decodeSequence(sequence));
          rest = rest.slice(sequence.length);
          continue;
        }
        const ch = String.fromCodePoint(rest.codePointAt(0)!);
        out.push(decodeCharacter(ch));
        rest = rest.slice(ch.length);
      }
      return out;
    },
    /** True while a paste has started and not yet ended. */
    get pasting() {
      return pasting !== null;
    },
  };
}
