// Opens a draft for writing, holds it until killed. Prints "holding <pid>".
import {draftStore} from '../../../src/store/drafts.js';

const [ref] = process.argv.slice(2);
const draft = draftStore(process.env).open(ref!);
process.stdout.write(`holding ${process.pid} ${draft.id}\n`);
setInterval(() => {}, 1_000);
