/**
 * Figures stated in prose: the sentences of an assessment's text fields that a reader takes as
 * this role's figures ("The 86.1 calibrates…", "70% of task time is irreducible", "38 points
 * above the Green threshold", "Confirmed at +2") or as another role's score ("AI Safety
 * Researcher (85.2)", "scored 64.7 Green"), each compared with the figure as computed.
 *
 * Precision before recall: a number is recognised only in a phrase that names the method's
 * figure it states, so salaries, posting counts, years and growth percentages are never read.
 * A figure equal to the computed one is true whatever its form ("4.7" for 4.70, "+2" for 2).
 *
 * Rounding rule: a figure is compared at the decimals it is written with (half away from zero,
 * as the report rounds), so "4.7" states 4.70 and "86" states 86.1. A distance to a threshold
 * written in whole points may also be the distance truncated ("38 points above" for 38.6 is
 * true, as is "39"); one written with a decimal must be the distance as shown.
 */
import type {LibraryEntry} from './calibration.js';
import {FIELDS, getAt} from './fields.js';
import {citations} from './prose-citations.js';
import {type Pattern, PATTERNS} from './prose-patterns.js';
import {type CitableRole, type Found, lowerKeepingOffsets, norm, type ProseContext, type ProseStatement} from './prose-statement.js';
import {REFERENCE_ROLES, type ReferenceRole} from './reference-roles.js';
import type {Scorecard} from './score.js';
import type {Assessment, Task, Zone} from './types.js';

export type {CitableRole, ProseContext, ProseKind, ProseStatement, ProseStatus} from './prose-statement.js';

/** The sentence of `text` around [at, end). */
function sentenceAround(text: string, at: number, end: number): string {
  // A few hundred characters either side at most: a sentence, not a whole pasted document.
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  const stops = [before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! ')];
  const start = from + Math.max(...stops.map((s, i) => (s < 0 ? 0 : s + (i === 1 ? 1 : 2))));
  const after = text.slice(end, end + 300).search(/[.?!](?:\s|$)|\n/);
  return text.slice(start, after < 0 ? Math.min(text.length, end + 300) : end + after + 1).trim();
}

/** What the prose is checked against of a library role: its title, the names its report declares, its score. */
export type CitedEntry = Pick<LibraryEntry, 'id' | 'title' | 'score' | 'zone'> & {aliases?: readonly string[] | undefined};

/** A library entry as a cited role (the wizard's library holds calibration entries). */
export const citedEntry = (e: LibraryEntry): CitedEntry => ({id: e.id, title: e.title, score: e.score, zone: e.zone, aliases: e.assessment.aliases});

/** A library's roles and scores as the prose is checked against them: made once per library (a WeakMap on its list). */
type LibraryRoles = {roles: CitableRole[]; scores: number[]; scoresByTitle: Map<string, number[]>};
const libraryRoles = new WeakMap<readonly CitedEntry[], Map<readonly ReferenceRole[], LibraryRoles>>();

const NO_LIBRARY: readonly CitedEntry[] = [];

function rolesOf(library: readonly CitedEntry[] | null, references: readonly ReferenceRole[]): LibraryRoles {
  const entries = library ?? NO_LIBRARY;
  let byReferences = libraryRoles.get(entries);
  const known = byReferences?.get(references);
  if (known) return known;
  const scored = entries.filter((e) => e.score !== null && e.zone !== null);
  const scoresByTitle = new Map<string, number[]>();
  for (const e of scored) {
    const key = e.title.trim().toLowerCase();
    scoresByTitle.set(key, [...(scoresByTitle.get(key) ?? []), e.score as number]);
  }
  const made: LibraryRoles = {
    roles: [
      ...scored.map((e): CitableRole => ({title: e.title, aliases: e.aliases ?? [], score: e.score as number, zone: e.zone as Zone, source: 'library', id: e.id})),
      ...references.map((r): CitableRole => ({title: r.title, aliases: [], score: r.score, zone: r.zone, source: 'reference'})),
    ],
    scores: scored.map((e) => e.score as number).sort((x, y) => x - y),
    scoresByTitle,
  };
  if (!byReferences) libraryRoles.set(entries, (byReferences = new Map()));
  byReferences.set(references, made);
  return made;
}

/**
 * What an assessment's prose is checked against: the library's roles (their titles and declared
 * names) and the published reference roles; the library's scores for a rank (null: no library),
 * less this role's own entries (those of its title, and `self`: its own report, found by path);
 * the names this role's assessor confirmed (`own.citedAs`).
 */
export function proseContext(
  own: {title: string; citedAs?: Readonly<Record<string, string>> | undefined},
  library: readonly CitedEntry[] | null,
  self: readonly CitedEntry[] = [],
  references: readonly ReferenceRole[] = REFERENCE_ROLES,
): ProseContext {
  const {roles, scores, scoresByTitle} = rolesOf(library, references);
  const title = own.title.trim().toLowerCase();
  // Its own report counted once: by its title, or by its path under another title.
  const selfScores = [...(scoresByTitle.get(title) ?? []), ...self.filter((e) => e.score !== null && e.zone !== null && e.title.trim().toLowerCase() !== title).map((e) => e.score as number)];
  const confirmed = Object.fromEntries(Object.entries(own.citedAs ?? {}).map(([name, t]) => [norm(name), t]));
  return {roles, libraryScores: library === null ? null : scores, selfScores, confirmed};
}

const ANY_FIGURE = /\d|highest|lowest|Green|Yellow|Red/;

/**
 * Each pattern's hints by their first word: a text without that word holds none of them, so a
 * pattern with dozens of hints ("jobzone score", "jobzone of", …) costs a search or two of a long
 * field, not dozens (the wizard reads the field typed in on every key).
 */
const hintsByLead = new WeakMap<Pattern, Array<[lead: string, hints: string[]]>>();
function leadsOf(p: Pattern): Array<[lead: string, hints: string[]]> {
  let groups = hintsByLead.get(p);
  if (!groups) {
    const byLead = new Map<string, string[]>();
    for (const h of p.hint) {
      const lead = h.trim().split(/[\s:=(]/)[0] || h;
      byLead.set(lead, [...(byLead.get(lead) ?? []), h]);
    }
    hintsByLead.set(p, (groups = [...byLead]));
  }
  return groups;
}

/** Whether a text holds one of a pattern's hints (`lower`: the text through lowerKeepingOffsets; a hint in lower case is looked for there). */
export function holdsHint(p: Pattern, text: string, lower: string): boolean {
  const seen = (h: string) => (h === h.toLowerCase() ? lower : text).includes(h);
  return leadsOf(p).some(([lead, hints]) => seen(lead) && hints.some(seen));
}

/** A match in the lower-cased text with its words as written (`d` flag: each group's place). */
function asWritten(m: RegExpExecArray, text: string): RegExpExecArray {
  const places = m.indices as RegExpIndicesArray;
  const written = m.map((g, i) => {
    const at = places[i];
    return at ? text.slice(at[0], at[1]) : g;
  }) as unknown as RegExpExecArray;
  written.index = m.index;
  written.input = text;
  return written;
}

/** Index of the field that holds offset `at` of the joined prose (`starts` ascending, from 0). */
function fieldAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Recognise the figures stated in several texts. They are read as one text, each field on a line
 * of its own, so that each pattern runs once over the whole prose: V8 compiles an expression to
 * machine code for a long text at once but interprets its first run over a short one, and 17
 * patterns first run over 45 short fields cost `check` of one report ~8 ms where one run each
 * costs ~2 ms. No pattern matches a line break and every context a reading looks at stops at one
 * (the clause, the sentence, a cited name), so a field is read exactly as on its own.
 */
function recogniseFields(fields: ReadonlyArray<{field: string; text: string}>, a: Assessment, card: Scorecard, ctx: ProseContext): ProseStatement[] {
  const texts = fields.map((f) => f.text);
  const prose = texts.join('\n');
  if (!ANY_FIGURE.test(prose)) return [];
  const starts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    starts.push(offset);
    offset += t.length + 1;
  }
  const found: Found[] = [];
  const lower = lowerKeepingOffsets(prose);
  for (const p of PATTERNS) {
    // A pattern read only in some fields is not run where none of them is read (a keystroke reads one field).
    if (p.fields && !fields.some((f) => p.fields?.includes(f.field))) continue;
    if (!holdsHint(p, prose, lower)) continue;
    for (const m of (p.caseless ? lower : prose).matchAll(p.re)) {
      if (p.fields && !p.fields.includes((fields[fieldAt(starts, m.index)] as {field: string}).field)) continue;
      const f = p.read(p.caseless ? asWritten(m, prose) : m, a, card);
      if (f) found.push(f);
    }
  }
  // Citations first: "Alignment Researcher (86.1)" is a citation (of this role) before it is
  // anything else; then, of two readings that overlap, the one that starts first. Linear sweeps
  // over sorted lists: a pasted document may hold many thousands.
  const byStart = (x: Found, y: Found) => x.at - y.at;
  const cited = citations(prose, a, card, ctx, (at) => starts[fieldAt(starts, at)] as number).sort(byStart);
  const others = found.sort(byStart);
  const kept: Found[] = [];
  let c = 0;
  let lastEnd = -1;
  for (const f of others) {
    while (c < cited.length && (cited[c] as Found).at + (cited[c] as Found).text.length <= f.at) c++;
    const next = cited[c];
    if (next && next.at < f.at + f.text.length) continue;
    if (f.at < lastEnd) continue;
    kept.push(f);
    lastEnd = f.at + f.text.length;
  }
  lastEnd = -1;
  const citedKept = cited.filter((f) => {
    if (f.at < lastEnd) return false;
    lastEnd = f.at + f.text.length;
    return true;
  });
  kept.push(...citedKept);
  kept.sort(byStart);
  return kept.map((f) => {
    const ranked = f.kind === 'rank' ? rank(f, card, ctx) : f;
    const i = fieldAt(starts, ranked.at);
    const start = starts[i] as number;
    // Offsets from here on are the field's own.
    const local = {...ranked, at: ranked.at - start, ...(ranked.fix ? {fix: {...ranked.fix, valueAt: ranked.fix.valueAt - start}} : {})};
    return {field: (fields[i] as {field: string}).field, sentence: sentenceAround(texts[i] as string, local.at, local.at + local.text.length), ...local};
  });
}

/** Recognise the figures stated in one text. */
export function recogniseText(field: string, text: string, a: Assessment, card: Scorecard, ctx: ProseContext = {}): ProseStatement[] {
  return recogniseFields([{field, text}], a, card, ctx);
}

/** Sorted copies of score lists, made once per list. */
const sortedScores = new WeakMap<readonly number[], number[]>();
const sortedOf = (scores: readonly number[]) => {
  let sorted = sortedScores.get(scores);
  if (!sorted) sortedScores.set(scores, (sorted = [...scores].sort((x, y) => x - y)));
  return sorted;
};
/** How many of the sorted `scores` are above (below) `x`, by binary search. */
function countAbove(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "the highest-scoring role": true when no other role of the library scores higher (lowest: lower). */
function rank(f: Found, card: Scorecard, ctx: ProseContext): Found {
  const all = ctx.libraryScores;
  if (!all || card.score === null) return f;
  const own = card.score;
  const self = ctx.selfScores ?? [];
  const sorted = sortedOf(all);
  // The library's others: its scores less this role's own entries.
  const above = countAbove(sorted, own) - self.filter((s) => s > own).length;
  const below = countBelow(sorted, own) - self.filter((s) => s < own).length;
  const holds = f.stated === 'highest' ? above === 0 : below === 0;
  return {...f, status: holds ? 'ok' : 'stale', computed: holds ? f.stated : `ranked ${above + 1} of ${all.length - self.length + 1}`};
}

/** The text fields, in the report's order, with their paths split once; the tasks' rows follow the growth rationale. */
const PROSE_FIELDS = FIELDS.filter((f) => f.kind !== 'score').map((f) => ({field: f.path, parts: f.path.split('.'), tasksAfter: f.path === 'growth.rationale'}));
/** Task fields' paths, made once per row: a keystroke does not build a thousand strings again. */
const taskPaths: Array<{name: string; rationale: string}> = [];
const taskPathsOf = (i: number) => (taskPaths[i] ??= {name: `tasks.${i}.name`, rationale: `tasks.${i}.rationale`});

/** The readings of one task row: its name's and its rationale's. */
type RowReadings = {task: Task; name: ProseStatement[]; rationale: ProseStatement[]};

/**
 * Every text field of an assessment that holds text, with its dotted path, in the report's
 * order; the task rows, after the growth rationale, go to `row` (each row's name, then its rationale).
 */
function eachProseField(a: Assessment, visit: (field: string, text: string) => void, row: (t: Task, i: number) => void = (t, i) => eachTaskField(t, i, visit)): void {
  for (const {field, parts, tasksAfter} of PROSE_FIELDS) {
    const text = String(getAt(a, parts) ?? '');
    if (text !== '') visit(field, text);
    if (tasksAfter) a.tasks.forEach(row);
  }
}

function eachTaskField(t: Task, i: number, visit: (field: string, text: string) => void): void {
  const paths = taskPathsOf(i);
  const name = String(t.name ?? '');
  const rationale = String(t.rationale ?? '');
  if (name !== '') visit(paths.name, name);
  if (rationale !== '') visit(paths.rationale, rationale);
}

/** Every figure stated in the prose of an assessment, each compared with the figures as computed. */
export function recogniseProse(a: Assessment, card: Scorecard, ctx: ProseContext = {}): ProseStatement[] {
  const fields: Array<{field: string; text: string}> = [];
  eachProseField(a, (field, text) => fields.push({field, text}));
  return recogniseFields(fields, a, card, ctx);
}

const NONE: ProseStatement[] = [];
const pushAll = (out: ProseStatement[], found: readonly ProseStatement[]) => {
  // Indexed: an iterator per field would be a thousand objects per keystroke.
  for (let i = 0; i < found.length; i++) out.push(found[i] as ProseStatement);
};

/**
 * recogniseProse for a text that changes a key at a time (the wizard): a field is read again
 * only when its text changed (a task row only when its task did), and every field when the
 * scored inputs (the score vector), the sub-label, the title or the context did; so a keystroke
 * reads one field, not all of them.
 */
export function proseReader(): (a: Assessment, card: Scorecard, ctx?: ProseContext) => ProseStatement[] {
  let fields = new Map<string, {text: string; found: ProseStatement[]}>();
  let rows: RowReadings[] = [];
  // What every reading depends on besides its text, compared once per call: the vector of 500
  // tasks is kilobytes, not to be compared (nor kept) once per field.
  let basis: {card: Scorecard; title: string; ctx: ProseContext} | null = null;
  const none: ProseContext = {};
  return (a, card, ctx = none) => {
    const title = a.role.jobTitle;
    const same =
      basis !== null &&
      basis.ctx === ctx &&
      basis.title === title &&
      (basis.card === card || (basis.card.vector === card.vector && basis.card.subLabel === card.subLabel));
    basis = {card, title, ctx};
    if (!same) {
      // Every field read again: in one reading of the whole prose (each pattern run once, not
      // once per field: a resumed draft of 100 tasks has 200 rows of text), kept field by field.
      const all = recogniseProse(a, card, ctx);
      const byField = new Map<string, ProseStatement[]>();
      for (const s of all) {
        const list = byField.get(s.field);
        if (list) list.push(s);
        else byField.set(s.field, [s]);
      }
      fields = new Map();
      rows = new Array(a.tasks.length);
      eachProseField(
        a,
        (field, text) => fields.set(field, {text, found: byField.get(field) ?? NONE}),
        (t, i) => {
          const paths = taskPathsOf(i);
          rows[i] = {task: t, name: byField.get(paths.name) ?? NONE, rationale: byField.get(paths.rationale) ?? NONE};
        },
      );
      return all;
    }
    const out: ProseStatement[] = [];
    const read = (field: string, text: string) => (text === '' ? NONE : recogniseText(field, text, a, card, ctx));
    const nextRows: RowReadings[] = new Array(a.tasks.length);
    eachProseField(
      a,
      (field, text) => {
        const kept = fields.get(field);
        const found = kept && kept.text === text ? kept.found : read(field, text);
        if (found !== kept?.found) fields.set(field, {text, found});
        pushAll(out, found);
      },
      (t, i) => {
        // The same task object in the same row reads as it did; of a task edited, the text changed.
        let row = rows[i];
        if (row?.task !== t) {
          const was = row;
          const paths = taskPathsOf(i);
          const name = String(t.name ?? '');
          const rationale = String(t.rationale ?? '');
          row = {
            task: t,
            name: was && String(was.task.name ?? '') === name ? was.name : read(paths.name, name),
            rationale: was && String(was.task.rationale ?? '') === rationale ? was.rationale : read(paths.rationale, rationale),
          };
        }
        nextRows[i] = row;
        pushAll(out, row.name);
        pushAll(out, row.rationale);
      },
    );
    rows = nextRows;
    return out;
  };
}

/**
 * The text of a field with one statement's figure rewritten, or null when the text no longer
 * holds the statement where it was read (it was edited since).
 */
export function withStatementFixed(text: string, s: Pick<ProseStatement, 'at' | 'text' | 'fix'>): string | null {
  if (!s.fix || text.slice(s.at, s.at + s.text.length) !== s.text) return null;
  return text.slice(0, s.fix.valueAt) + s.fix.replacement + text.slice(s.fix.valueAt + s.fix.length);
}

/** The text of a field with every stale statement that can be fixed rewritten (only its figure). */
export function fixedText(text: string, statements: readonly ProseStatement[]): string {
  let out = text;
  const fixes = statements.filter((s) => s.status === 'stale' && s.fix).map((s) => s.fix!);
  for (const f of fixes.sort((x, y) => y.valueAt - x.valueAt)) out = out.slice(0, f.valueAt) + f.replacement + out.slice(f.valueAt + f.length);
  return out;
}
