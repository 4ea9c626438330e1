// Draws the wizard as an SVG from a real run: `role-wizard new --example` in a pseudo-terminal,
// a few keys, then every cell of the headless xterm screen (text, colours, bold, inverse) as SVG
// text. Usage: node scripts/screenshot.mjs [out.svg] [--cols 120] [--rows 36] [--step 3]
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const out = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(root, 'docs/wizard.svg');
const cols = flag('cols', 120);
const rows = flag('rows', 36);
const step = flag('step', 3);

// The 16 ANSI colours (a calm dark theme) and the xterm 256-colour cube.
const ANSI = ['#1e1e2e', '#f38ba8', '#a6e3a1', '#f9e2af', '#89b4fa', '#cba6f7', '#94e2d5', '#bac2de',
  '#585b70', '#f38ba8', '#a6e3a1', '#f9e2af', '#89b4fa', '#cba6f7', '#94e2d5', '#a6adc8'];
const BG = '#1e1e2e';
const FG = '#cdd6f4';
function palette(n) {
  if (n < 16) return ANSI[n];
  if (n >= 232) {
    const v = 8 + (n - 232) * 10;
    return `rgb(${v},${v},${v})`;
  }
  const c = n - 16;
  const level = (x) => (x === 0 ? 0 : 55 + x * 40);
  return `rgb(${level(Math.floor(c / 36))},${level(Math.floor(c / 6) % 6)},${level(c % 6)})`;
}
const rgb = (v) => `#${v.toString(16).padStart(6, '0')}`;

const term = new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
const env = {...process.env, TERM: 'xterm-256color', FORCE_COLOR: '3', ROLE_WIZARD_HOME: mkdtempSync(join(tmpdir(), 'rw-shot-'))};
for (const k of ['CI', 'NO_COLOR', 'NODE_EXTRA_CA_CERTS']) delete env[k];
const child = pty.spawn(process.execPath, [join(root, 'bin/role-wizard.js'), 'new', '--example'], {name: 'xterm-256color', cols, rows, cwd: root, env});
let pending = Promise.resolve();
let last = Date.now();
child.onData((d) => {
  last = Date.now();
  pending = pending.then(() => new Promise((r) => term.write(d, r)));
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const idle = async () => {
  while (Date.now() - last < 300) await sleep(50);
  await pending;
};

const text = () => {
  const b = term.buffer.active;
  let all = '';
  for (let y = 0; y < rows; y++) all += `${b.getLine(b.viewportY + y)?.translateToString(true) ?? ''}\n`;
  return all;
};
// Keys sent before the wizard has taken the terminal would be lost: wait for its first screen.
for (const deadline = Date.now() + 15_000; !text().includes('Job Title'); await sleep(50)) {
  if (Date.now() > deadline) throw new Error(`the wizard did not start:\n${text()}`);
  await pending;
}
await idle();
for (let i = 1; i < step; i++) {
  child.write('\x1b[6~'); // PageDown
  for (const deadline = Date.now() + 5000; !text().includes(`${i + 1}/10 `) && Date.now() < deadline; ) await sleep(20);
  await idle();
}
const screen = term.buffer.active;

// Each run of cells with the same style becomes one <tspan>; backgrounds become <rect>s.
const cw = 8.4;
const lh = 17;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const parts = [];
const cell = screen.getNullCell();
for (let y = 0; y < rows; y++) {
  const line = screen.getLine(screen.viewportY + y);
  if (!line) continue;
  let x = 0;
  while (x < cols) {
    line.getCell(x, cell);
    const width = cell.getWidth() || 1;
    let fg = cell.isFgDefault() ? FG : cell.isFgRGB() ? rgb(cell.getFgColor()) : palette(cell.getFgColor());
    let bg = cell.isBgDefault() ? null : cell.isBgRGB() ? rgb(cell.getBgColor()) : palette(cell.getBgColor());
    if (cell.isInverse()) [fg, bg] = [bg ?? BG, fg];
    if (cell.isDim()) fg = `${fg}" fill-opacity="0.6`;
    const bold = cell.isBold();
    const ch = cell.getChars() || ' ';
    if (bg) parts.push(`<rect x="${(x * cw).toFixed(1)}" y="${y * lh}" width="${(cw * width).toFixed(1)}" height="${lh}" fill="${bg}"/>`);
    if (ch.trim()) {
      parts.push(`<text x="${(x * cw).toFixed(1)}" y="${y * lh + 13}" fill="${fg}"${bold ? ' font-weight="bold"' : ''}>${esc(ch)}</text>`);
    }
    x += width;
  }
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(cols * cw + 24)}" height="${rows * lh + 24}" font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="14">
<rect width="100%" height="100%" rx="8" fill="${BG}"/>
<g transform="translate(12,12)">
${parts.join('\n')}
</g>
</svg>
`;
writeFileSync(out, svg);
child.write('\x03');
await sleep(300);
child.kill();
process.stdout.write(`wrote ${out} (${cols}×${rows}, step ${step})\n`);
process.exit(0);
