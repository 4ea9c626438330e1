/**
 * The draft store: drafts on disk under ROLE_WIZARD_HOME or the user's config folder, one conf
 * file each, written by the one writer (draft-writer.ts). Load this module after the wizard's
 * first screen is drawn: it loads zod.
 */
import {randomBytes} from 'node:crypto';
import {existsSync} from 'node:fs';
import {CliError} from '../io/errors.js';
import {READ_LIMITS, readBoundedBytes} from '../io/read-text.js';
import {writeFileAtomic} from '../io/write-file.js';
import {emptyAssessment} from '../method/empty.js';
import {slugOf} from '../method/format.js';
import type {Assessment} from '../method/types.js';
import {listDrafts, removeDraft, resolveRef} from './catalog.js';
import {readDraftFile, titleOf} from './draft-file.js';
import {draftWriter} from './draft-writer.js';
import {DraftError, describeHolder} from './errors.js';
import {draftPath, draftsFolder, ensureFolder, lockPath} from './folder.js';
import {acquireLock, type HeldLock, liveHolder} from './lock.js';
import {DRAFT_SCHEMA, type DraftSchema} from './migrations.js';
import {type DraftWriter, describeWriteError, openDraft} from './open-draft.js';
import type {Draft, DraftPosition, DraftStore, OpenDraft} from './types.js';

export type DraftStoreOptions = {
  /** The schema and migrations (tests register further ones). */
  schema?: DraftSchema;
  /** How a draft is written (tests inject failing writers). */
  writerFor?: (folder: string, id: string) => DraftWriter;
  now?: () => Date;
  /** Delay from a change to its write (tests lengthen it to prove that exit alone saves). */
  saveDelayMs?: number;
};

/** Where the assessor starts in a new draft. */
export const FIRST_POSITION: DraftPosition = {step: 'role'};

// Crockford's base32, lower case: no i, l, o, u to misread.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short readable id: the title as a slug (or "draft") and five random characters. */
export function newDraftId(title: string): string {
  const slug = slugOf(title, 32);
  const tail = [...randomBytes(5)].map((b) => ALPHABET[b % 32]).join('');
  return `${slug || 'draft'}-${tail}`;
}

/** The draft store for an environment (ROLE_WIZARD_HOME decides the folder). */
export function draftStore(env: NodeJS.ProcessEnv = process.env, options: DraftStoreOptions = {}): DraftStore {
  const folder = draftsFolder(env);
  const schema = options.schema ?? DRAFT_SCHEMA;
  const writerFor = options.writerFor ?? draftWriter;
  const now = options.now ?? (() => new Date());

  /** A fresh id with its lock held. */
  const reserve = (title: string): {id: string; lock: HeldLock} => {
    ensureFolder(folder);
    for (let attempt = 0; ; attempt++) {
      const id = newDraftId(title);
      if (existsSync(draftPath(folder, id))) continue;
      try {
        const lock = acquireLock(lockPath(folder, id), draftPath(folder, id));
        if (!existsSync(draftPath(folder, id))) return {id, lock};
        lock.release();
      } catch (error) {
        if (!(error instanceof DraftError) || attempt > 20) throw error;
      }
    }
  };

  const newDraft = (id: string, assessment: Assessment, position: DraftPosition): Draft => {
    const at = now().toISOString();
    return {id, title: titleOf(assessment), createdAt: at, updatedAt: at, schemaVersion: schema.current, assessment, position};
  };

  return {
    folder,
    create(assessment = emptyAssessment(), position = FIRST_POSITION): OpenDraft {
      const {id, lock} = reserve(assessment.role.jobTitle);
      const path = draftPath(folder, id);
      return openDraft({initial: newDraft(id, assessment, position), path, write: writerFor(folder, id), lock, writeNow: true, now, saveDelayMs: options.saveDelayMs});
    },

    open(ref, openOptions = {}): OpenDraft {
      const id = resolveRef(folder, ref);
      const path = draftPath(folder, id);
      if (openOptions.readOnly) {
        const read = readDraftFile(path, schema);
        if (!read.ok) throw new DraftError({kind: 'damaged', path, reason: read.reason});
        const holder = liveHolder(lockPath(folder, id));
        return openDraft({initial: read.draft, path, write: null, heldBy: holder ? describeHolder(holder) : undefined, now});
      }
      const lock = openOptions.lock ?? acquireLock(lockPath(folder, id), path);
      const read = readDraftFile(path, schema);
      if (!read.ok) {
        lock.release();
        throw new DraftError({kind: 'damaged', path, reason: read.reason});
      }
      let writeNow = false;
      if (read.migratedFrom !== null) {
        // Keep the file as it was before moving it to the current schema (a new file, never over an older copy).
        try {
          writeFileAtomic(`${folder}/${id}.v${read.migratedFrom}.bak`, readBoundedBytes(path, path, {noFollow: true, maxBytes: READ_LIMITS.jsonBytes}), {mode: 0o600, replace: false, noFollow: true, into: false});
          writeNow = true;
        } catch (error) {
          writeNow = (error as NodeJS.ErrnoException).code === 'EEXIST';
        }
      }
      return openDraft({initial: read.draft, path, write: writerFor(folder, id), lock, writeNow, now, saveDelayMs: options.saveDelayMs});
    },

    list: () => listDrafts(folder, {schema}),

    remove(ref) {
      removeDraft(folder, ref);
    },

    saveNew(assessment): Draft {
      let reserved: {id: string; lock: HeldLock};
      try {
        reserved = reserve(assessment.role.jobTitle);
      } catch (error) {
        // A full or read-only disk refuses the folder or the lock: one clear message, nothing left behind.
        if (error instanceof DraftError) throw error;
        throw new CliError(describeWriteError(error, folder, 0).replace(/; retrying.*$/, ''));
      }
      const {id, lock} = reserved;
      try {
        const draft = newDraft(id, assessment, FIRST_POSITION);
        try {
          writerFor(folder, id)(draft);
        } catch (error) {
          throw new CliError(describeWriteError(error, draftPath(folder, id), 0).replace(/; retrying.*$/, ''));
        }
        return draft;
      } finally {
        lock.release();
      }
    },
  };
}
