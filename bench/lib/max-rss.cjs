// Preloaded with `node -r` into a command the bench runs to its end: at exit, writes the
// process's peak resident memory in kB (process.resourceUsage().maxRSS) to $BENCH_MAX_RSS_FILE.
const {writeFileSync} = require('node:fs');
const file = process.env.BENCH_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
