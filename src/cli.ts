/** Entry point of `npm run -s cli -- <command>`; everything else lives in src/cli/. */
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
