// Editing a dependency's source as the build bundles it.

/** Replace a dependency file's text, failing the build when the text is gone (an upgrade changed it). */
export function patch(source, from, to, file) {
  if (!source.includes(from)) throw new Error(`build: ${file} no longer contains ${JSON.stringify(from)}; update scripts/build.mjs`);
  return source.replace(from, () => to);
}
