// The real binary in a pseudo-terminal (node-pty): type at prompts as a person would. Needs the build.
import pty from 'node-pty';
import { BIN } from './bin.js';
import { tempDir } from './store.js';

export const KEY = { enter: '\r', down: '\x1b[B', ctrlC: '\x03' };

/** Terminal output without escape sequences (inquirer redraws with cursor moves). */
export function plain(s: string): string {
  return s
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[()][A-Za-z0-9]/g, '')
    .replace(/\x1b[=>78]/g, '')
    .replace(/\r/g, '');
}

/** The binary running in a pseudo-terminal, with expect(text) (waits for new output to contain text) and send(keys). */
export function spawnPty(args: string[], env: Record<string, string> = {}) {
  const term = pty.spawn(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: 120,
    rows: 40,
    cwd: tempDir(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TERM: 'xterm-256color',
      NO_COLOR: '1',
      CALLPLAN_NOW: '2026-11-26T09:00:00.000Z',
      ...env,
    },
  });
  let all = '';
  let seen = 0;
  const waiters: (() => void)[] = [];
  term.onData((d) => {
    all += d;
    for (const w of waiters.splice(0)) w();
  });
  let ended: number | undefined;
  const exited = new Promise<number>((resolve) =>
    term.onExit((e) => {
      ended = e.exitCode;
      for (const w of waiters.splice(0)) w();
      resolve(e.exitCode);
    }),
  );
  return {
    /** Waits until the output after the last match contains `text`; fails after `ms` with what was seen. */
    async expect(text: string, ms = 15_000): Promise<void> {
      const deadline = Date.now() + ms;
      for (;;) {
        const out = plain(all);
        const at = out.indexOf(text, seen);
        if (at >= 0) {
          seen = at + text.length;
          return;
        }
        if (ended !== undefined || Date.now() > deadline) {
          throw new Error(
            `${ended !== undefined ? `the program exited (${ended})` : 'timed out'} waiting for '${text}'. Output since the last match:\n${out.slice(seen)}`,
          );
        }
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 200);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
    send(keys: string): void {
      term.write(keys);
    },
    /** Waits until the terminal has been quiet for `ms` (a prompt that filters as you type has settled). */
    async quiet(ms = 250): Promise<void> {
      for (;;) {
        const before = all.length;
        await new Promise((r) => setTimeout(r, ms));
        if (all.length === before) return;
      }
    },
    /** Waits for the question, then answers it. */
    async answer(question: string, keys: string): Promise<void> {
      await this.expect(question);
      // Let the prompt finish rendering and take raw input before typing.
      await new Promise((r) => setTimeout(r, 60));
      term.write(keys);
    },
    exited,
    output: () => plain(all),
    kill: () => term.kill(),
  };
}
