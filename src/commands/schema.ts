import {assessmentJsonSchema} from '../method/model.js';
import type {CommandContext} from './support/io.js';

/** `role-wizard schema`: the JSON Schema of an assessment file. */
export async function run({io}: CommandContext): Promise<number> {
  io.out(`${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`);
  return 0;
}
