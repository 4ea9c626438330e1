/**
 * Semantic colours. Colour never carries meaning alone (every coloured thing also says it in
 * words or a symbol), and NO_COLOR / FORCE_COLOR=0 turn it off. The colours are RGB values of
 * the 256-colour cube (so a 256-colour terminal shows them exactly), chosen for 4.5:1 contrast
 * (WCAG AA) against the background: one palette for dark backgrounds, one for light ones, and,
 * when the terminal does not say which it has, one that reaches 4.5:1 on black and on white alike
 * (the warning, a tone no colour can give on both, is then in the terminal's own foreground).
 */
import {createContext, useContext} from 'react';
import type {Zone} from '../method/types.js';

export type Tone = 'accent' | 'muted' | 'ok' | 'warn' | 'error' | 'zoneGreen' | 'zoneYellow' | 'zoneRed';

/** What the terminal's background is, as far as it says. */
export type Background = 'dark' | 'light' | 'unknown';

type Palette = Record<'accent' | 'muted' | 'ok' | 'warn' | 'error', string | undefined>;

export const PALETTES: Readonly<Record<Background, Palette>> = {
  dark: {accent: '#5fd7ff', muted: '#a8a8a8', ok: '#5fd75f', warn: '#ffd75f', error: '#ff8787'},
  light: {accent: '#005f87', muted: '#5f5f5f', ok: '#005f00', warn: '#875f00', error: '#af0000'},
  unknown: {accent: '#5f5fff', muted: '#767676', ok: '#00875f', warn: undefined, error: '#af5f5f'},
};

const PALETTE_TONE: Record<Tone, keyof Palette> = {
  accent: 'accent',
  muted: 'muted',
  ok: 'ok',
  warn: 'warn',
  error: 'error',
  zoneGreen: 'ok',
  zoneYellow: 'warn',
  zoneRed: 'error',
};

const CUBE = [0, 95, 135, 175, 215, 255];

/**
 * A palette colour as the xterm 256-colour index it is, for Ink (`ansi256(n)`): given as RGB,
 * a colour would be rounded by the colour library to a neighbouring index on a 256-colour terminal.
 */
function xterm256(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  if (r === g && g === b && !CUBE.includes(r)) return `ansi256(${232 + (r - 8) / 10})`;
  return `ansi256(${16 + 36 * CUBE.indexOf(r) + 6 * CUBE.indexOf(g) + CUBE.indexOf(b)})`;
}

const INDEXED = Object.fromEntries(
  Object.entries(PALETTES).map(([bg, palette]) => [bg, Object.fromEntries(Object.entries(palette).map(([t, c]) => [t, c && xterm256(c)]))]),
) as unknown as Record<Background, Palette>;

/**
 * The background as COLORFGBG gives it ("15;0": foreground 15 on background 0), set by rxvt,
 * Konsole and others: colours 0-6 and 8 are dark, 7 and 9-15 light. Otherwise unknown.
 */
export function backgroundOf(env: NodeJS.ProcessEnv): Background {
  const last = env.COLORFGBG?.split(';').at(-1);
  if (last === undefined || !/^\d+$/.test(last)) return 'unknown';
  const n = Number(last);
  return n <= 6 || n === 8 ? 'dark' : n <= 15 ? 'light' : 'unknown';
}

/** False when the environment asks for no colour (or the terminal is a dumb one, as the colour library judges). */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb' && env.FORCE_COLOR === undefined) return false;
  return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
}

export const ColorContext = createContext(true);
export const BackgroundContext = createContext<Background>('unknown');

export type Tint = {color?: string};

/** Props that colour a Text in a tone (spread them: `<Text {...tone('ok')}>`); none when colour is off. */
export function useTone(): (tone: Tone) => Tint {
  const on = useContext(ColorContext);
  const palette = INDEXED[useContext(BackgroundContext)];
  return (tone) => {
    const color = on ? palette[PALETTE_TONE[tone]] : undefined;
    return color === undefined ? {} : {color};
  };
}

export const zoneTone = (zone: Zone | null): Tone =>
  zone === 'GREEN' ? 'zoneGreen' : zone === 'YELLOW' ? 'zoneYellow' : zone === 'RED' ? 'zoneRed' : 'muted';
