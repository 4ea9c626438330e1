/**
 * Scores cited from other roles ("AI Safety Researcher (85.2)", "scored 64.7 Green"): the role
 * named, matched by its title, a name its report declares or a name the assessor confirmed, and
 * the figure compared with that role's own; a name that is this role's is this role's score.
 */
import {agrees, type CitableRole, type Found, norm, type ProseContext, sameForm, scoreStatement, ZONE_WORD} from './prose-statement.js';
import type {Scorecard} from './score.js';
import type {Assessment, Zone} from './types.js';

// A cited score: "Name (85.2)", "Name (85.2 Green)", or "scored 85.2 Green" after "Name (…".
const CITED_IN_PARENS = /\((\d{1,3}\.\d)(?:\/100)?(?:,? (Green|Yellow|Red)(?: Zone)?)?\)/g;
const SCORED = /\bscor(?:ed|es|ing) (?:at )?(\d{1,3}\.\d)(?:\/100)?(?:,? (Green|Yellow|Red)\b(?: Zone)?)?(?!\.?\d|%| ?\/ ?\d| out of| on a| stars?\b| points?\b)/g;

const NAME_WORD = /^[A-Z0-9][\w/&'.+-]*$/;
const CONNECTOR = /^(?:of|and|&|for|in|\/|-)$/;
const NOT_A_NAME = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Than', 'Vs', 'NOT', 'Not', 'And', 'But', 'Against', 'Like', 'If', 'As', 'Or', 'With', 'From', 'To', 'At', 'By', 'For', 'In', 'Of', 'On', 'It', 'Its']);

/**
 * The role name that ends just before `end` in `text`: a run of capitalised words ("AI Safety
 * Researcher"), its words joined by one space, and where its first word starts in `text` (the
 * words may stand apart by more than one space, so the joined name is not searched for).
 */
function nameBefore(text: string, end: number): {name: string; at: number} | null {
  const from = Math.max(0, end - 120);
  const before = text.slice(from, end).replace(/[\s,:;]+$/, '');
  const words = [...before.matchAll(/\S+/g)];
  const name: string[] = [];
  let at = -1;
  for (let i = words.length - 1; i >= 0 && name.length < 7; i--) {
    const raw = words[i]![0];
    // Opening quotes “ and ‘ as escapes: the wizard's script stays ASCII (test/bench/code-cache.test.ts).
    const w = raw.replace(/^[("'\u201c\u2018]+/, '');
    const bare = w.replace(/[.,;:]$/, '');
    if (bare !== w && name.length > 0) break;
    if (NOT_A_NAME.has(bare)) break;
    if (NAME_WORD.test(bare) || (name.length > 0 && CONNECTOR.test(bare))) {
      name.unshift(bare);
      at = from + words[i]!.index + (raw.length - w.length);
    } else break;
    if (w !== raw) break;
  }
  while (name.length && CONNECTOR.test(name[0] as string)) {
    // A connector dropped from the front: the name starts at the next word.
    const dropped = name.shift() as string;
    at = text.indexOf(name[0] ?? '', at + dropped.length);
  }
  // A role's name ends in a word ("Engineer"), not a number ("Q4 2024").
  if (!/^[A-Za-z][^\d]*$/.test(name.at(-1) ?? '')) return null;
  return name.length ? {name: name.join(' '), at} : null;
}

/** Where the innermost open parenthesis before `at` opens (within a few hundred characters), or -1. */
function openParenBefore(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - 400); i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '\n') return -1;
  }
  return -1;
}

const wordsOf = (s: string) => norm(s).split(' ').filter(Boolean);

/** Whether `name` is this role's own title, or two or more of its words in a row ("Alignment Researcher"). */
function namesSelf(name: string, title: string): boolean {
  const n = wordsOf(name);
  const t = wordsOf(title);
  if (n.length === 0 || t.length === 0) return false;
  if (n.join(' ') === t.join(' ')) return true;
  if (n.length < 2) return false;
  for (let i = 0; i + n.length <= t.length; i++) if (n.every((w, j) => t[i + j] === w)) return true;
  return false;
}

/** "RL Engineer" and "Reinforcement Learning Engineer": the cited name's short words as initials of the title's words. */
function initialsMatch(name: string, title: string): boolean {
  const n = wordsOf(name);
  const t = wordsOf(title);
  let j = 0;
  for (const w of n) {
    if (t[j] === w) {
      j++;
      continue;
    }
    if (w.length < 2 || w.length > 4) return false;
    const part = t.slice(j, j + w.length);
    if (part.length !== w.length || part.map((x) => x[0]).join('') !== w) return false;
    j += w.length;
  }
  return j === t.length && n.join(' ') !== t.join(' ');
}

/**
 * The roles a citation may name, looked up by title, by declared name, and by what a short name's
 * first word can stand for (the title's first word, or the initials of its first words), built
 * once per list of roles: `check` of a library looks names up in it for every report, and a scan
 * of the whole list per citation made that quadratic in the library's size.
 */
type RoleIndex = {byTitle: Map<string, CitableRole>; byAlias: Map<string, CitableRole>; byStart: Map<string, CitableRole[]>};
const roleIndexes = new WeakMap<readonly CitableRole[], RoleIndex>();

function roleIndex(roles: readonly CitableRole[]): RoleIndex {
  const known = roleIndexes.get(roles);
  if (known) return known;
  const index: RoleIndex = {byTitle: new Map(), byAlias: new Map(), byStart: new Map()};
  const start = (key: string, r: CitableRole) => {
    const list = index.byStart.get(key);
    if (!list) index.byStart.set(key, [r]);
    else if (list.at(-1) !== r) list.push(r);
  };
  for (const r of roles) {
    const title = norm(r.title);
    // The first role of a title or name wins, as a search of the list in order would find it.
    if (!index.byTitle.has(title)) index.byTitle.set(title, r);
    for (const alias of r.aliases) if (!index.byAlias.has(norm(alias))) index.byAlias.set(norm(alias), r);
    const words = wordsOf(r.title);
    if (words[0]) start(words[0], r);
    for (let k = 2; k <= 4 && k <= words.length; k++) start(words.slice(0, k).map((w) => w[0]).join(''), r);
  }
  roleIndexes.set(roles, index);
  return index;
}

function findRole(name: string, ctx: ProseContext): CitableRole | null {
  const index = roleIndex(ctx.roles ?? []);
  const wanted = norm(name);
  const confirmedTitle = ctx.confirmed?.[wanted];
  const key = confirmedTitle ? norm(confirmedTitle) : wanted;
  return index.byTitle.get(key) ?? index.byAlias.get(key) ?? null;
}

function suggestionFor(name: string, ctx: ProseContext): string | undefined {
  // A title the name's initials fit starts with the name's first word, or with words it is the initials of.
  const candidates = roleIndex(ctx.roles ?? []).byStart.get(wordsOf(name)[0] ?? '') ?? [];
  const titles = [...new Set(candidates.filter((r) => initialsMatch(name, r.title)).map((r) => r.title))];
  return titles.length === 1 ? titles[0] : undefined;
}

/** A cited score: the role named, its figure as cited, compared with the cited role's own. */
function citation(
  text: string,
  at: number,
  written: string,
  valueAt: number,
  zoneWord: string | undefined,
  name: string,
  a: Assessment,
  card: Scorecard,
  ctx: ProseContext,
): Found {
  const role = findRole(name, ctx);
  const own = a.role.jobTitle.trim();
  if ((role && own && norm(role.title) === norm(own)) || (!role && own && namesSelf(name, own))) {
    const found = scoreStatement(text, at, written, valueAt, card);
    const zoneOk = zoneWord === undefined || card.zone === null || zoneWord.toUpperCase() === card.zone;
    return zoneOk || found.status === 'unverified' ? found : {...found, status: 'stale', computed: `${found.computed} ${ZONE_WORD[card.zone as Zone]}`, fix: found.fix};
  }
  const stated = zoneWord ? `${written} ${zoneWord}` : written;
  if (!role) {
    const suggestion = suggestionFor(name, ctx);
    return {kind: 'citation', text, at, stated, computed: null, status: 'unverified', fix: null, cited: {name, title: null, source: null}, ...(suggestion ? {suggestion} : {})};
  }
  const scoreOk = agrees(written, role.score);
  const zoneOk = zoneWord === undefined || zoneWord.toUpperCase() === role.zone;
  const computedScore = scoreOk ? written : sameForm(role.score, written);
  const computed = zoneWord ? `${computedScore} ${zoneOk ? zoneWord : ZONE_WORD[role.zone]}` : computedScore;
  const ok = scoreOk && zoneOk;
  const zoneAt = zoneWord ? text.indexOf(zoneWord, valueAt - at + written.length) : -1;
  const fix = ok ? null : zoneWord && zoneAt >= 0 ? {valueAt, length: at + zoneAt + zoneWord.length - valueAt, replacement: text.slice(valueAt - at, zoneAt).replace(written, computedScore) + (zoneOk ? zoneWord : ZONE_WORD[role.zone])} : {valueAt, length: written.length, replacement: computedScore};
  return {kind: 'citation', text, at, stated, computed, status: ok ? 'ok' : 'stale', fix, cited: {name, title: role.title, source: role.source, ...(role.id ? {id: role.id} : {})}};
}

export function citations(text: string, a: Assessment, card: Scorecard, ctx: ProseContext): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(CITED_IN_PARENS)) {
    const found = nameBefore(text, m.index);
    if (!found) continue;
    const {name, at} = found;
    out.push(citation(text.slice(at, m.index + m[0].length), at, m[1] as string, m.index + 1, m[2], name, a, card, ctx));
  }
  for (const m of text.matchAll(SCORED)) {
    const valueAt = m.index + m[0].indexOf(m[1] as string);
    const open = openParenBefore(text, m.index);
    const found = open >= 0 ? nameBefore(text, open) : nameBefore(text, m.index);
    if (!found) continue;
    out.push(citation(m[0], m.index, m[1] as string, valueAt, m[2], found.name, a, card, ctx));
  }
  return out;
}
