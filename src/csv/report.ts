// The per-row result file of a bulk run (--report FILE): CSV, safe to open in a spreadsheet.
import fs from 'node:fs';
import type { OutputRecord } from '../cmdlets/types.js';
import { UsageError } from '../errors.js';
import { renderPages } from '../output/render.js';
import { safeText } from '../output/sanitize.js';

/** A report file opened before the run changes anything, so an unwritable path fails first. */
export interface ReportFile {
  /** Writes the header and one line per record, then closes the file. */
  write(records: readonly OutputRecord[], columns: readonly string[]): Promise<void>;
  /** Writes the header, then page after page (so a million rows never sit in memory at once), then closes the file. */
  writePages(pages: Iterable<readonly OutputRecord[]>, columns: readonly string[]): Promise<void>;
}

/** Opens (creates or truncates) a report file; a path that cannot be written is a usage error raised now. */
export function openReport(file: string): ReportFile {
  let fd: number;
  try {
    fd = fs.openSync(file, 'w');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError('ReportNotWritable', `cannot write the report ${safeText(file)} (${code}).`, 'Choose a path in a folder you can write to.');
  }
  return {
    async write(records, columns) {
      await this.writePages([records], columns);
    },
    async writePages(pages, columns) {
      try {
        // The same CSV as -o csv: cells a spreadsheet would run as formulas neutralised, control characters shown.
        await renderPages(pages, 'csv', columns, (text) => void fs.writeSync(fd, text));
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}
