/**
 * Semantic colours. Colour never carries meaning alone (every coloured thing also says it in
 * words or a symbol), and NO_COLOR / FORCE_COLOR=0 turn it off.
 */
import {createContext, useContext} from 'react';
import type {Zone} from '../method/types.js';

export type Tone = 'accent' | 'muted' | 'ok' | 'warn' | 'error' | 'zoneGreen' | 'zoneYellow' | 'zoneRed';

const COLORS: Record<Tone, string> = {
  accent: 'cyan',
  muted: 'gray',
  ok: 'green',
  warn: 'yellow',
  error: 'red',
  zoneGreen: 'green',
  zoneYellow: 'yellow',
  zoneRed: 'red',
};

/** False when the environment asks for no colour (or the terminal is a dumb one, as the colour library judges). */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb' && env.FORCE_COLOR === undefined) return false;
  return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
}

export const ColorContext = createContext(true);

export type Tint = {color?: string};

/** Props that colour a Text in a tone (spread them: `<Text {...tone('ok')}>`); none when colour is off. */
export function useTone(): (tone: Tone) => Tint {
  const on = useContext(ColorContext);
  return (tone) => (on ? {color: COLORS[tone]} : {});
}

export const zoneTone = (zone: Zone | null): Tone =>
  zone === 'GREEN' ? 'zoneGreen' : zone === 'YELLOW' ? 'zoneYellow' : zone === 'RED' ? 'zoneRed' : 'muted';
