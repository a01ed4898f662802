import { parseArgs } from 'node:util';
import type { Core } from '../core';
import { call } from './call';
import type { CliIo } from './run';

export const reviewUsage = `Usage: gloss review --due [--json] | --log

  --due     How many highlights today's review holds: due, new, and in all
            (--json: {"total", "due", "new"} on one line)
  --log     Every rating so far, oldest first, as one JSON array: the review log
            (highlight, document, rating, time, and the FSRS card before and after)`;

/** `gloss review …` on an open core: returns the exit code. */
export const runReview = async (core: Core, argv: string[], io: CliIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        due: { type: 'boolean' },
        log: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`gloss review: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    io.out(reviewUsage);
    return 0;
  }
  if (values.due === values.log) {
    io.err('gloss review: give one of --due or --log (see gloss review --help).');
    return 2;
  }
  if (values.log) {
    io.out(JSON.stringify(await call(core, 'review.log', {}), null, 2));
    return 0;
  }
  const count = await call(core, 'review.dueCount', {});
  io.out(
    values.json
      ? JSON.stringify(count)
      : `${count.total} to review today (${count.due} due, ${count.new} new)`,
  );
  return 0;
};
