/**
 * The method: the data model, the method definition, scoring and validation. Pure: no React,
 * no file system. The zod schema is in ./model.ts, imported only where files are parsed, so
 * that the wizard's first screen does not pay for loading zod.
 */
export * from './definition.js';
export * from './types.js';
export * from './empty.js';
export * from './fields.js';
export * from './format.js';
export * from './score.js';
export * from './validate.js';
