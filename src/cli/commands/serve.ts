import { Command, Option } from 'commander';
import { ConfigError, errorMessage } from '../../errors.js';
import type { Profile } from '../../profile/schema.js';
import { sanitize } from '../../report/sanitize.js';
import { onCleanup } from '../cleanup.js';
import { addProfileOptions, profileFrom, type ProfileFlags } from '../common.js';
import { taxonomyFor, webOptions, type InputOptions } from '../inputs.js';
import { collect, parseSize, type RunState } from '../io.js';

interface Flags extends ProfileFlags, InputOptions {
  port: number;
  host: string;
  open?: boolean;
  maxBody: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError('usage', `--port: '${value}' is not a port number (0-65535; 0 picks a free one)`);
  return n;
}

/**
 * Open the address in the desktop's browser; a failure is a warning, the server runs on.
 * (node:child_process is loaded here, not with the CLI: it pulls in net and dgram, ~1.7 ms of every start.)
 */
async function openBrowser(url: string, state: RunState): Promise<void> {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const { spawn } = await import('node:child_process');
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => state.warn(`--open: could not start ${cmd}; open ${url} yourself`));
    child.unref();
  } catch {
    state.warn(`--open: could not start ${cmd}; open ${url} yourself`);
  }
}

export function serveCommand(state: RunState): Command {
  const cmd = new Command('serve')
    .summary('a local web page: paste a posting, attach your resume, read the report')
    .description(
      'Serve the paste-a-posting job as a web page on this computer: a text box for the posting (or its URL), your resume (PDF, Word, Markdown, text, JSON Resume or a profile), and the report: score, gap table, keywords, plan, downloads. A second view scans many postings. Uploads stay in memory; nothing leaves the machine.',
    )
    .addOption(new Option('--port <n>', 'port to listen on (0 picks a free one)').default(7878).argParser(parsePort))
    .option('--host <address>', 'address to listen on (default loopback only; another exposes the page to the network)', '127.0.0.1')
    .option('--open', 'open the page in your browser')
    .addOption(new Option('--max-body <MB>', 'largest request accepted (a posting plus a resume), in megabytes').default(5 * 1024 * 1024, '5').argParser(parseSize))
    .option('--taxonomy <file>', 'add or override skills with your own taxonomy YAML (repeatable)', collect)
    .option('--cache-dir <dir>', 'where fetched pages are kept (default: ~/.cache/skillgap)')
    .option('--offline', 'read posting URLs from the cache only; never touch the network');
  addProfileOptions(cmd).addHelpText(
    'after',
    `
With --profile or --resume, that is used whenever the page attaches no resume.

Examples:
  skillgap serve --open
  skillgap serve --resume ~/cv.pdf --port 0
  skillgap serve --host 0.0.0.0 --port 8080     (others on your network can reach it: a warning says so)

Ctrl-C stops it.`,
  );
  return cmd.action(async (flags: Flags) => {
    const { startServer } = await import('../../serve/index.js');
    const taxonomy = taxonomyFor(flags);
    const defaultProfile: Profile | null = flags.profile || flags.resume ? await profileFrom(flags, taxonomy) : null;
    if (!LOOPBACK.has(flags.host)) state.warn(`--host ${flags.host}: the page is reachable from other machines on the network, and anyone who reaches it can use it`);
    let server;
    try {
      server = await startServer({
        port: flags.port,
        host: flags.host,
        compiled: taxonomy,
        taxonomy: { overlays: flags.taxonomy ?? [] },
        defaultProfile,
        maxBodyBytes: flags.maxBody,
        web: webOptions({ ...flags, render: 'auto' }),
        onError: (err, request) => state.io.stderr.write(`skillgap: error while serving ${sanitize(request)}: ${sanitize(errorMessage(err))}\n`),
      });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new ConfigError('usage', `--port ${flags.port}: already in use; pick another, or --port 0 for a free one`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new ConfigError('usage', `--host ${flags.host}: not an address of this machine`);
      if (code === 'EACCES') throw new ConfigError('usage', `--port ${flags.port}: not allowed (ports below 1024 need privileges)`);
      throw err;
    }
    state.io.stdout.write(`skillgap: serving ${server.url}  (Ctrl-C to stop)\n`);
    const stop = onCleanup(() => {
      state.io.stderr.write('skillgap: stopped\n');
    });
    if (flags.open) await openBrowser(server.url, state);
    // Runs until Ctrl-C (the CLI's signal handler stops the process after its cleanups).
    await new Promise<void>(() => undefined);
    stop();
  });
}
