import {createRequire} from 'node:module';

declare const __ROLE_WIZARD_VERSION__: string | undefined;

/** The package version: inlined by the build, read from package.json when run from source. */
export const VERSION: string =
  typeof __ROLE_WIZARD_VERSION__ === 'string'
    ? __ROLE_WIZARD_VERSION__
    : (createRequire(import.meta.url)('../package.json') as {version: string}).version;
