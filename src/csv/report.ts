// The per-row result file of a bulk run (--report FILE): CSV, safe to open in a spreadsheet. It is checked and opened
// before the run changes anything, written inside the run's transaction (so a report that cannot be written means
// nothing changed), and renamed into place once the changes are committed.
import type { OutputRecord } from '../cmdlets/types.js';
import { openOutputFile, type OutputFile, type WriteGuard } from '../files/output-file.js';
import { renderPages } from '../output/render.js';

/** A report file: checked and opened before the run; written before the commit; put in place after it. */
export interface ReportFile {
  /** Writes the header, then page after page (a million rows never sit in memory at once), to the temp file. */
  writePages(pages: Iterable<readonly OutputRecord[]>, columns: readonly string[]): Promise<void>;
  /** Puts the written report in place (after the commit). */
  commit(): void;
  /** Drops the temp file (the run failed or was rolled back). */
  discard(): void;
}

/** Opens a report file for -Report; a path that is the store, an input, or not writable is a usage error raised now. */
export function openReport(file: string, guard: WriteGuard): ReportFile {
  const out: OutputFile = openOutputFile(file, guard, '-Report');
  return {
    async writePages(pages, columns) {
      // The same CSV as -o csv: cells a spreadsheet would run as formulas neutralised, control characters shown.
      await renderPages(pages, 'csv', columns, (text) => void out.write(text));
    },
    commit: () => out.commit(),
    discard: () => out.discard(),
  };
}
