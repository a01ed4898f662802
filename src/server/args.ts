export interface ServerArgs {
  port: number;
  open: boolean;
}

export type ParsedArgs =
  { kind: 'run'; args: ServerArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export const usage = 'Usage: node out/main/server.js [--port N] [--open]';

const parsePort = (text: string | undefined): number | undefined => {
  if (text === undefined || !/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port <= 65535 ? port : undefined;
};

/** `--port N` (or `--port=N`; 0 picks a free port) and `--open`; anything else is an error. */
export const parseServerArgs = (argv: readonly string[]): ParsedArgs => {
  const args: ServerArgs = { port: 0, open: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--open') {
      args.open = true;
      continue;
    }
    const inline = arg.startsWith('--port=') ? arg.slice('--port='.length) : undefined;
    if (arg === '--port' || inline !== undefined) {
      if (inline === undefined) i += 1;
      const value = inline ?? argv[i];
      const port = parsePort(value);
      if (port === undefined) {
        return {
          kind: 'error',
          message: `--port needs a number from 0 to 65535, not "${value ?? ''}"`,
        };
      }
      args.port = port;
      continue;
    }
    return { kind: 'error', message: `unknown argument "${arg}"` };
  }
  return { kind: 'run', args };
};
