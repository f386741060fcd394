// The Prompter backed by @inquirer/prompts (loaded only by the wizard).
import { confirm, input, number, search, select } from '@inquirer/prompts';
import type { Io } from '../deps.js';
import { CancelledError } from '../errors.js';
import { pickMany } from './pick-many.js';
import type { Choice, Prompter } from './prompter.js';

/** Ctrl+C inside a prompt becomes CancelledError (exit 130). */
async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')) throw new CancelledError();
    throw err;
  }
}

/** Builds the real prompter on the process's terminal. */
export function inquirerPrompter(io: Io): Prompter {
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream, clearPromptOnDone: false };
  return {
    input: (q) => guard(input({ message: q.message, default: q.default, validate: q.validate }, context)),
    confirm: (q) => guard(confirm({ message: q.message, default: q.default }, context)),
    select: (q) =>
      guard(
        select(
          {
            message: q.message,
            choices: q.choices.map((c) => ({ name: c.name, value: c.value, description: c.description, disabled: c.disabled })),
            default: q.default,
            pageSize: 12,
          },
          context,
        ),
      ),
    checkbox: async <T>(q: { message: string; choices: readonly Choice<T>[]; required?: boolean; search?: boolean; live?: () => string }) =>
      (await guard(pickMany({ message: q.message, choices: q.choices, required: q.required, search: q.search, live: q.live, pageSize: 12 }, context))) as T[],
    search: <T>(q: { message: string; source: (term: string) => readonly Choice<T>[] }) =>
      guard(
        search<T>(
          {
            message: q.message,
            source: (term) => q.source(term ?? '').map((c) => ({ name: c.name, value: c.value, description: c.description, disabled: c.disabled })),
            pageSize: 12,
          },
          context,
        ),
      ),
    number: async (q) => {
      const v = await guard(number({ message: q.message, default: q.default, min: q.min, max: q.max, required: true }, context));
      return v ?? q.default ?? 0;
    },
    say: (text) => {
      io.stdout.write(text.endsWith('\n') ? text : text + '\n');
    },
  };
}
