/**
 * The one folder walk: every Markdown file below a folder, for `check`, `index`, the wizard's
 * library and `new --from` alike, in the same order. The rule, as the README states it:
 *
 * - A Markdown file is a name ending in `.md` in any case (`a.md`, `B.MD`, `c.Md`).
 * - Dot folders and dot files, and `node_modules`, are skipped; so is whatever `skip` says.
 * - A symbolic link never leaves the folder walked: one whose target resolves outside it is
 *   reported, not followed. Inside, a link to a file is that file under the link's name; a link
 *   to a folder is walked once where it stands, and a link back to a folder it is already inside
 *   (a cycle) is reported.
 * - What cannot be read is an entry with the reason, never left out: a dangling link, a link
 *   loop, a pipe or device named *.md, a subfolder that cannot be listed. Reasons name no
 *   absolute path (they end up in a committed INDEX.md).
 * - The order is the code-point order of the path below the folder, the same on every machine
 *   and locale. Only the paths are kept (a few MB for a hundred thousand files), never a text.
 */
import {type Dirent, readdirSync, realpathSync, statSync, type Stats} from 'node:fs';
import {readdir} from 'node:fs/promises';
import {normalize, sep} from 'node:path';
import {CliError} from './errors.js';

/** A file found: its path (the folder's, joined), its path below the folder with `/`, and why it cannot be read, if so. */
export type WalkEntry = {path: string; below: string; problem?: string};

export type WalkOptions = {
  /** Leave out this file or folder (and all below it): an ignore list. */
  skip?: (path: string, below: string, isFolder: boolean) => boolean;
  /** What the folder is, for the message when it cannot be listed ("library folder"). */
  noun?: string;
};

/** A Markdown file by its name, in any case. */
const isMarkdownName = (name: string): boolean => name.length > 3 && name.charCodeAt(name.length - 3) === 46 && name.slice(-2).toLowerCase() === 'md';

type Folder = {path: string; below: string; /** Its real path, and those of the folders it is in (to find cycles). */ real: string; inside: readonly string[]};

/** The folder walked cannot itself be listed. */
export class FolderWalkError extends CliError {
  override name = 'FolderWalkError';
}

function cannotList(folder: string, error: unknown, noun = 'folder'): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  return new FolderWalkError(`${folder}: cannot read the ${noun}${code === 'ENOENT' ? ' (it does not exist)' : code === 'ENOTDIR' ? ' (not a folder)' : ` (${reasonOf(error)})`}`);
}

/** An error's reason in words, without the path Node puts in its message. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it no longer exists';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return code ?? 'cannot be read';
  }
}

const within = (root: string, real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

function kindProblem(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isFIFO()) return 'cannot read: it is a pipe (FIFO), not a regular file';
  if (stats.isSocket()) return 'cannot read: it is a socket, not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'cannot read: it is a device, not a regular file';
  return 'cannot read: not a regular file';
}

/** The walk's state: the root's real path, what is found, the folders still to list. */
class Walk {
  readonly files: WalkEntry[] = [];
  readonly folders: Folder[] = [];
  readonly root: string;

  private readonly skip: WalkOptions['skip'];
  private readonly noun: string | undefined;

  constructor(dir: string, options: WalkOptions) {
    this.skip = options.skip;
    this.noun = options.noun;
    const path = normalize(dir);
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      throw cannotList(path, error, this.noun);
    }
    this.root = real;
    this.folders.push({path, below: '', real, inside: []});
  }

  /**
   * Sort a folder's entries from `from` on, at most `count` of them; returns where it stopped.
   * Paths are joined as strings, not by path.join: for ten thousand files that took ~40 ms.
   */
  sort(folder: Folder, entries: Dirent[], from = 0, count = entries.length): number {
    const prefix = folder.path === '.' ? '' : folder.path.endsWith(sep) ? folder.path : `${folder.path}${sep}`;
    const end = Math.min(entries.length, from + count);
    for (let i = from; i < end; i++) {
      const entry = entries[i]!;
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const at = {path: `${prefix}${name}`, below: folder.below ? `${folder.below}/${name}` : name};
      if (entry.isDirectory()) {
        if (this.skip?.(at.path, at.below, true)) continue;
        const real = `${folder.real.endsWith(sep) ? folder.real : `${folder.real}${sep}`}${name}`;
        this.folders.push({...at, real, inside: [...folder.inside, folder.real]});
      } else if (entry.isSymbolicLink()) this.link(folder, at, isMarkdownName(name));
      else if (isMarkdownName(name)) {
        if (this.skip?.(at.path, at.below, false)) continue;
        // Anything but a regular file (a pipe, a socket, a device) is named, with what it is.
        this.files.push(entry.isFile() ? at : {...at, problem: this.kindAt(at.path)});
      }
    }
    return end;
  }

  private kindAt(path: string): string {
    try {
      return kindProblem(statSync(path)) ?? 'cannot read: not a regular file';
    } catch (error) {
      return `cannot read: ${reasonOf(error)}`;
    }
  }

  /** A symbolic link, by the rule above. */
  private link(folder: Folder, at: {path: string; below: string}, markdown: boolean): void {
    let stats: Stats;
    let real: string;
    try {
      stats = statSync(at.path);
      real = realpathSync(at.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A link that resolves to nothing may have been a report or a folder of them: named when it says .md, or when it loops.
      if (markdown || code === 'ELOOP') {
        if (this.skip?.(at.path, at.below, false)) return;
        this.files.push({...at, problem: code === 'ENOENT' ? 'a symbolic link whose target does not exist' : `a symbolic link that cannot be followed: ${reasonOf(error)}`});
      }
      return;
    }
    const isFolder = stats.isDirectory();
    if (!isFolder && !markdown) return;
    if (this.skip?.(at.path, at.below, isFolder)) return;
    if (!within(this.root, real)) {
      this.files.push({...at, problem: `a symbolic link to a ${isFolder ? 'folder' : 'file'} outside the folder, not followed`});
      return;
    }
    if (!isFolder) {
      this.files.push(stats.isFile() ? at : {...at, problem: kindProblem(stats)!});
      return;
    }
    const chain = [...folder.inside, folder.real];
    if (chain.includes(real)) {
      const to = real === this.root ? 'the top of the folder' : real.slice(this.root.length + 1).split(sep).join('/');
      this.files.push({...at, problem: `a symbolic link to a folder it is in (${to}), not followed again`});
      return;
    }
    this.folders.push({...at, real, inside: chain});
  }

  /** A subfolder that cannot be listed is an entry; the folder walked itself is an error. */
  failed(folder: Folder, error: unknown): void {
    if (folder.below === '') throw cannotList(folder.path, error, this.noun);
    this.files.push({path: folder.path, below: folder.below, problem: `a folder that cannot be listed: ${reasonOf(error)}`});
  }

  /** In code-point order of the path below the folder. */
  sorted(): WalkEntry[] {
    return this.files.sort((a, b) => (a.below < b.below ? -1 : a.below > b.below ? 1 : 0));
  }
}

/** Every Markdown file below `dir` by the rule above, in order. Throws a CliError when `dir` itself cannot be listed. */
export function walkMarkdown(dir: string, options: WalkOptions = {}): WalkEntry[] {
  const walk = new Walk(dir, options);
  for (let folder = walk.folders.pop(); folder; folder = walk.folders.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder.path, {withFileTypes: true});
    } catch (error) {
      walk.failed(folder, error);
      continue;
    }
    walk.sort(folder, entries);
  }
  return walk.sorted();
}

/** Entries sorted between pauses in the wizard: ~1 ms of work each time. */
const ENTRIES_PER_TURN = 1000;

/** The same walk for the wizard: folders listed off the main thread, entries sorted a thousand at a time between pauses. */
export async function walkMarkdownInTurns(dir: string, pause: () => Promise<void>, options: WalkOptions = {}): Promise<WalkEntry[]> {
  const walk = new Walk(dir, options);
  for (let folder = walk.folders.pop(); folder; folder = walk.folders.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(folder.path, {withFileTypes: true});
    } catch (error) {
      walk.failed(folder, error);
      continue;
    }
    for (let at = 0; at < entries.length; ) {
      at = walk.sort(folder, entries, at, ENTRIES_PER_TURN);
      await pause();
    }
  }
  return walk.sorted();
}
