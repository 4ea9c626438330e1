/**
 * The pure parts of the bundle loader (src/io/bundle-loader.ts): where the code caches live, and
 * which caches belong to earlier builds. Loading, saving and the file modes are proved on the
 * built bin by test/bench/code-cache.test.ts and test/hostile/code-cache.test.ts.
 */
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cacheFolder, earlierBuildCaches} from '../../src/io/bundle-loader.js';

const home = () => '/home/ada';

describe('cacheFolder', () => {
  it('is off, or the folder named, when ROLE_WIZARD_CODE_CACHE says so, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(cacheFolder({ROLE_WIZARD_CODE_CACHE: 'off', XDG_CACHE_HOME: '/x'}, platform, home)).toBeNull();
      expect(cacheFolder({ROLE_WIZARD_CODE_CACHE: '/tmp/cc', XDG_CACHE_HOME: '/x'}, platform, home)).toBe('/tmp/cc');
    }
  });

  it("is the platform's user cache folder otherwise", () => {
    expect(cacheFolder({}, 'linux', home)).toBe(join('/home/ada', '.cache', 'role-wizard'));
    expect(cacheFolder({XDG_CACHE_HOME: '/var/cache/ada'}, 'linux', home)).toBe(join('/var/cache/ada', 'role-wizard'));
    expect(cacheFolder({ROLE_WIZARD_CODE_CACHE: ''}, 'linux', home)).toBe(join('/home/ada', '.cache', 'role-wizard'));
    expect(cacheFolder({XDG_CACHE_HOME: '/x'}, 'darwin', home)).toBe(join('/home/ada', 'Library', 'Caches', 'role-wizard'));
    expect(cacheFolder({LOCALAPPDATA: 'C:/Users/ada/AppData/Local'}, 'win32', home)).toBe(join('C:/Users/ada/AppData/Local', 'role-wizard', 'Cache'));
    expect(cacheFolder({}, 'win32', home)).toBe(join('/home/ada', 'AppData', 'Local', 'role-wizard', 'Cache'));
  });
});

describe('earlierBuildCaches', () => {
  const file = 'command-score-0123456789ab.cjs';
  const mine = `${file}-v22.1.0-x64`;

  it('names the caches of earlier builds of the same bundle, and no others', () => {
    const names = [
      `${mine}.v8`,
      `${mine}.exit.v8`,
      'command-score-ba9876543210.cjs-v22.1.0-x64.v8',
      'command-score-ba9876543210.cjs-v20.0.0-arm64.exit.v8',
      // Another command whose name starts the same, another bundle, and files not ours.
      'command-scores-ba9876543210.cjs-v22.1.0-x64.v8',
      'command-sensitivity-ba9876543210.cjs-v22.1.0-x64.v8',
      'command-score-notahash.cjs-v22.1.0-x64.v8',
      'notes.txt',
    ];
    expect(earlierBuildCaches(names, file)).toEqual(['command-score-ba9876543210.cjs-v22.1.0-x64.v8', 'command-score-ba9876543210.cjs-v20.0.0-arm64.exit.v8']);
  });

  it('keeps the caches of this build made by another Node', () => {
    expect(earlierBuildCaches([`${file}-v20.0.0-x64.v8`, `${mine}.v8`], file)).toEqual([]);
  });
});
