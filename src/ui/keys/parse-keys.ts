/**
 * The terminal's input as keypresses: a run of typed text is split into one key per character,
 * escape sequences are named, and only what arrives between the bracketed-paste markers
 * (ESC[200~ … ESC[201~) is a paste. Pure: the key stream (key-stream.ts) feeds it and times its
 * waits; tests call it directly.
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

/**
 * A whole CSI (ESC [ …, or ESC [ [ x of the Linux console) or SS3 (ESC O x). Parameter and
 * intermediate runs are bounded, so that a stray ESC [ followed by digits is not held for ever;
 * the same bounds in both expressions keep the answer the same however the bytes are split.
 */
const SEQUENCE = /\u001b(?:\[\[?[0-?]{0,32}[ -/]{0,4}[@-~]|O[@-~])/y;
/** What may still become a sequence once more bytes come. */
const UNFINISHED = /^\u001b(?:\[\[?[0-?]{0,32}[ -/]{0,4}|O)?$/;

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

/** The keypress of one escape sequence (a lone ESC, a CSI or an SS3); one the wizard does not know is an empty key, never text. */
function decodeSequence(sequence: string): Keypress {
  if (sequence === '\u001b') return press('', {escape: true});
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
  return press('', (ss3 && LETTER[ss3[1] ?? '']) || {});
}

/** The keypress of one typed character (a code point). */
function decodeCharacter(ch: string): Keypress {
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

const CTRL_C = '\u0003';

/**
 * The one key splitter of the terminal's input. It keeps its state from one read to the next,
 * so the keys are those of the stream, however the terminal cut it into reads: a paste marker
 * or an escape sequence split across reads is still one paste or one key. `push` takes what
 * arrived (text, decoded as Node decodes stdin, so a UTF-8 character is never cut) and returns
 * the keys it completes, in order; what may still become a key waits (`waiting` says for what)
 * until more arrives or `flush` is called because the wait ran out (see key-stream.ts).
 *
 * ESC followed by anything that cannot continue a sequence is Esc, and that next character is a
 * key of its own: the wizard binds no Alt+key, so Esc then `d`, or Esc then Tab, in one read, are
 * the two keys typed. Ctrl+C is always Ctrl+C: inside a paste whose end marker never came it
 * ends the paste (what arrived before it is pasted) and is then the key itself.
 */
export function createKeySplitter() {
  // Input not made into keys yet: an unfinished escape sequence, or the body of an unfinished paste.
  let pending = '';
  let pasting = false;
  // In a paste, how much of `pending` is known to hold neither the end marker nor Ctrl+C.
  let scanned = 0;

  const split = (final: boolean): Keypress[] => {
    const out: Keypress[] = [];
    const s = pending;
    let i = 0;
    while (i < s.length) {
      if (pasting) {
        const from = Math.max(i, scanned);
        const end = s.indexOf(PASTE_END, from);
        const cut = s.indexOf(CTRL_C, from);
        if (cut !== -1 && (end === -1 || cut < end)) {
          if (cut > i) out.push(press(s.slice(i, cut), {paste: true}));
          pasting = false;
          i = cut;
          continue;
        }
        if (end !== -1) {
          out.push(press(s.slice(i, end), {paste: true}));
          pasting = false;
          i = end + PASTE_END.length;
          continue;
        }
        if (final) {
          // The end marker never came: what arrived is pasted, nothing is lost.
          if (s.length > i) out.push(press(s.slice(i), {paste: true}));
          pasting = false;
          i = s.length;
          break;
        }
        // Its last bytes may be the start of the end marker: looked at again with what follows.
        scanned = Math.max(i, s.length - (PASTE_END.length - 1));
        break;
      }
      if (s.charCodeAt(i) === 0x1b) {
        if (!final && UNFINISHED.test(s.slice(i, i + 40))) break;
        SEQUENCE.lastIndex = i;
        const sequence = SEQUENCE.exec(s)?.[0] ?? '\u001b';
        i += sequence.length;
        if (sequence === PASTE_START) {
          pasting = true;
          scanned = i;
        } else if (sequence !== PASTE_END) {
          // (An end marker with no paste open is the tail of one cut short: nothing to type.)
          out.push(decodeSequence(sequence));
        }
        continue;
      }
      const code = s.codePointAt(i)!;
      // A lone high surrogate at the end waits for its pair (Node's decoder never cuts one; a caller might).
      if (!final && code >= 0xd800 && code <= 0xdbff && i === s.length - 1) break;
      const ch = String.fromCodePoint(code);
      out.push(decodeCharacter(ch));
      i += ch.length;
    }
    pending = s.slice(i);
    scanned = Math.max(0, scanned - i);
    return out;
  };

  return {
    /** The keys that `text`, after what came before, completes. */
    push(text: string): Keypress[] {
      pending += text;
      return split(false);
    },
    /** The wait ran out: an unfinished sequence is Esc and its characters, an unfinished paste is pasted. */
    flush(): Keypress[] {
      return split(true);
    },
    /** What the splitter waits for: the rest of an escape sequence, the end of a paste, or nothing. */
    get waiting(): 'sequence' | 'paste' | null {
      return pasting ? 'paste' : pending.length > 0 ? 'sequence' : null;
    },
  };
}
