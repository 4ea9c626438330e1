// Opens a draft, installs the exit flush, changes the job title, prints "updated", and waits to
// be signalled. With a delay argument the debounce is that long, so only the exit flush can save.
import {draftStore} from '../../../src/store/drafts.js';
import {installExitFlush} from '../../../src/ui/save-on-exit.js';

const [ref, title, delay] = process.argv.slice(2);
const draft = draftStore(process.env, delay ? {saveDelayMs: Number(delay)} : {}).open(ref!);
installExitFlush(draft);
const a = draft.initial.assessment;
draft.update({...a, role: {...a.role, jobTitle: title!}}, {step: 'protective', field: 'growth.score'});
process.stdout.write('updated\n');
setInterval(() => {}, 1_000);
