// Captured stdin/stdout/stderr for running the CLI in-process.
import { Readable } from 'node:stream';
import type { Io } from '../../src/deps.js';

/** An Io whose output is collected in strings. */
export interface CapturedIo extends Io {
  out(): string;
  err(): string;
}

/** Builds a captured Io; `stdin` is the text the command reads from standard input. */
export function captureIo(stdin = '', tty = false): CapturedIo {
  let out = '';
  let err = '';
  const input = Readable.from([stdin]) as Readable & { isTTY?: boolean };
  return {
    stdout: { write: (s: string) => ((out += s), true), isTTY: tty },
    stderr: { write: (s: string) => ((err += s), true), isTTY: tty },
    stdin: input,
    out: () => out,
    err: () => err,
  };
}
