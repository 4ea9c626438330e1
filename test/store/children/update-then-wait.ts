// Opens a draft, installs the exit flush, changes the job title, prints "updated", and waits to
// be signalled: the change is still inside the debounce window when the signal comes.
import {draftStore} from '../../../src/store/drafts.js';
import {installExitFlush} from '../../../src/store/exit.js';

const [ref, title] = process.argv.slice(2);
const draft = draftStore(process.env).open(ref!);
installExitFlush(draft);
const a = draft.initial.assessment;
draft.update({...a, role: {...a.role, jobTitle: title!}}, {step: 'protective', field: 'growth.score'});
process.stdout.write('updated\n');
setInterval(() => {}, 1_000);
