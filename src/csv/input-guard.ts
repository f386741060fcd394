// Checks the bytes of a bulk file as they stream in: UTF-16 is named as the wrong encoding (not read as garbled
// columns), and a line longer than MAX_LINE stops the read with a clear error instead of growing memory without end.
import { Transform, type TransformCallback } from 'node:stream';
import { UsageError } from '../errors.js';
import { count } from '../text/count.js';
import { safeText } from '../text/sanitize.js';

/** Longest line (in bytes) a bulk file may have: a real row is a few hundred bytes. */
export const MAX_LINE = 65_536;

/** What the first bytes of a file show when it is not UTF-8 text ('UTF-16LE', 'UTF-16BE', 'binary data, not'), or undefined. */
export function foreignEncoding(head: Buffer): string | undefined {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(head.length, 512);
  if (n < 4) return undefined;
  const nuls = [0, 0]; // at even and odd offsets
  for (let i = 0; i < n; i++) if (head[i] === 0) nuls[i % 2]!++;
  const [evenNul, oddNul] = nuls as [number, number];
  // UTF-16 of mostly Latin text has a NUL in every other byte; a stray NUL in UTF-8 text is a cell's problem, not the file's.
  const half = n / 2;
  if (oddNul >= half / 2 && evenNul <= oddNul / 10) return 'UTF-16LE';
  if (evenNul >= half / 2 && oddNul <= evenNul / 10) return 'UTF-16BE';
  if (evenNul + oddNul >= n / 10) return 'binary data, not';
  return undefined;
}

/** A pass-through stream that throws WrongEncoding or LineTooLong (as a stream error) for a bulk file. */
export function inputGuard(what: string, maxLine = MAX_LINE): Transform {
  let first = true;
  let run = 0; // bytes since the last line break
  let line = 1;
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      if (first) {
        first = false;
        const enc = foreignEncoding(chunk);
        if (enc) {
          done(
            new UsageError(
              'WrongEncoding',
              `${safeText(what)} is ${enc} text; callplan reads UTF-8 CSV or JSONL.`,
              'Save the file as UTF-8 (in Excel: CSV UTF-8; in PowerShell: Export-Csv -Encoding utf8).',
            ),
          );
          return;
        }
      }
      let from = 0;
      for (let i = chunk.indexOf(10, from); i >= 0; i = chunk.indexOf(10, from)) {
        if (run + (i - from) > maxLine) break;
        run = 0;
        line++;
        from = i + 1;
      }
      run += chunk.length - from;
      if (run > maxLine) {
        done(
          new UsageError(
            'LineTooLong',
            `${safeText(what)}, line ${count(line)} is longer than ${count(maxLine)} bytes; a row is a few hundred.`,
            'Check that this is the right file (a CSV or JSONL export); nothing was changed.',
          ),
        );
        return;
      }
      done(null, chunk);
    },
  });
}
