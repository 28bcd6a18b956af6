import { runCli } from './cli/run-cli';

/** The `briefing` command: the same services as the app, from a terminal. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// `briefing list | head`: once the reader has gone, the rest of the output has nowhere to go.
// That is the reader's choice, not an error: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * Text from the library (titles, bodies, a colleague's bundle) may hold control characters: an
 * ESC in a title would drive the terminal (colours, cursor moves, a changed window title). They
 * are dropped from what is printed; JSON output escapes them already.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text.replace(TERMINAL_CONTROLS, '')}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin,
  isTty: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefing: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
