import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/role-wizard.js`;
export const FIXTURES = `${ROOT}test/fixtures/`;
export const SEED_FIXTURE = `${FIXTURES}model-alignment-researcher.json`;

/** The reference report, read from ../shared/seeds/ beside the project when it is there. */
export const SEED_REPORT = fileURLToPath(new URL('../../../shared/seeds/000_dbacd2aaa8db9f5d.txt', import.meta.url));
export const seedAvailable = existsSync(SEED_REPORT);
export const seedMissingReason = `the reference report is not at ${SEED_REPORT}: tests that need it are skipped`;

export const readFixture = (name: string): unknown => JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8'));
