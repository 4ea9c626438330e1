/**
 * The palettes reach 4.5:1 (WCAG AA, relative luminance) against the backgrounds of the common
 * terminal palettes: the dark palette on every dark one, the light palette on every light one,
 * and the palette for an unknown background on black and white alike. A 256-colour terminal
 * shows each colour exactly: every one is a colour of the xterm 256-colour cube or grey ramp.
 */
import {describe, expect, it} from 'vitest';
import {backgroundOf, PALETTES} from '../../src/ui/theme.js';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
/** WCAG 2 relative luminance. */
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** Default backgrounds of common terminals and themes. */
const DARK = {
  'xterm (reverse video) / black': '#000000',
  'Windows Terminal (Campbell)': '#0c0c0c',
  'GNOME Terminal (dark)': '#171421',
  'macOS Terminal (Pro)': '#000000',
  'Solarized dark': '#002b36',
  'VS Code dark': '#1e1e1e',
  'Ubuntu (aubergine)': '#300a24',
};
const LIGHT = {
  'xterm default': '#ffffff',
  'macOS Terminal (Basic)': '#ffffff',
  'GNOME Terminal (light)': '#ffffff',
  'Solarized light': '#fdf6e3',
  'Windows Terminal (One Half Light)': '#fafafa',
};

const CUBE = [0, 95, 135, 175, 215, 255];
const in256 = (hex: string) => {
  const [r, g, b] = rgb(hex);
  return [r, g, b].every((c) => CUBE.includes(c)) || (r === g && g === b && (r - 8) % 10 === 0 && r >= 8 && r <= 238);
};

describe('the palettes', () => {
  const check = (palette: keyof typeof PALETTES, backgrounds: Record<string, string>) => {
    for (const [tone, colour] of Object.entries(PALETTES[palette])) {
      if (colour === undefined) continue;
      expect(in256(colour), `${palette} ${tone} ${colour} is a 256-colour`).toBe(true);
      for (const [name, bg] of Object.entries(backgrounds)) {
        expect(contrast(colour, bg), `${palette} ${tone} ${colour} on ${name} ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  };
  it('dark: 4.5:1 on every dark background', () => check('dark', DARK));
  it('light: 4.5:1 on every light background', () => check('light', LIGHT));
  it('unknown background: 4.5:1 on pure black and pure white', () => check('unknown', {black: '#000000', white: '#ffffff'}));

  it('the old named colours did not: yellow on xterm white is 1.70:1 (what the issue measured)', () => {
    expect(contrast('#cdcd00', '#ffffff')).toBeCloseTo(1.7, 1);
  });

  it('every tone but the warning has a colour in each palette; without one, it is the terminal\'s own foreground', () => {
    for (const palette of ['dark', 'light'] as const) for (const c of Object.values(PALETTES[palette])) expect(c).toBeDefined();
    expect(PALETTES.unknown.warn).toBeUndefined();
  });

  it('reads the background from COLORFGBG', () => {
    expect(backgroundOf({COLORFGBG: '15;0'})).toBe('dark');
    expect(backgroundOf({COLORFGBG: '0;15'})).toBe('light');
    expect(backgroundOf({COLORFGBG: '0;default;7'})).toBe('light');
    expect(backgroundOf({COLORFGBG: '7;8'})).toBe('dark');
    expect(backgroundOf({})).toBe('unknown');
    expect(backgroundOf({COLORFGBG: 'x'})).toBe('unknown');
  });
});
