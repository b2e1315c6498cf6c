// What the browser benchmarks share: reading their options, a build of the app (unless `--no-build`), and a server
// of it on a free port.
import { spawnSync } from 'node:child_process';

/** The word after `name` on the command line (`--runs 3` gives '3'), or `fallback` when it is not there. */
export const option = (args, name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

/** Builds dist/ unless the command line says `--no-build`; stops the process if the build fails. */
export function buildUnlessAsked(args) {
  if (!args.includes('--no-build') && spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** Starts `server` on a free local port; settles once it listens. */
export async function listening(server) {
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return server;
}
