// The bench's one table.

const fmt = (value, unit) => {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  if (unit === 'ms') return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'kB') return `${Math.round(value)} kB`;
  if (unit === 'reports/s') return `${Math.round(value)} reports/s`;
  return `${value}`;
};

/** Rows ({case, median, p95, unit, ratio, target, pass, status}) as an aligned text table. */
export function formatTable(rows) {
  const header = ['case', 'median', 'p95', 'ratio', 'target', 'result'];
  const lines = rows.map((r) => [
    r.case,
    r.status === 'ok' ? fmt(r.median, r.unit) : r.status,
    r.status === 'ok' ? fmt(r.p95, r.unit) : '',
    r.status === 'ok' && r.ratio != null ? `${r.ratio.toFixed(2)}×` : '',
    r.target ?? '',
    r.status !== 'ok' ? '' : r.pass === null ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const row = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return `${[row(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n')}\n`;
}
