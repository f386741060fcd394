// notify-users' results: one row per user; above 100 rows the table lists only the failed ones (csv/json carry all).
import { count, countsLine } from '../../../text/count.js';
import { render } from '../../../output/render.js';
import type { Style } from '../../../output/style.js';
import { RESULT_ORDER, type NotifySummary } from '../../../services/notify.js';
import type { CommandResult } from '../../types.js';

export const NOTIFY_COLUMNS = ['Identity', 'Email', 'TelephoneNumber', 'Result', 'ErrorId', 'Message'];

const TABLE_ROWS = 100;

/** "998 Sent, 2 Failed" in a fixed order. */
export function notifyCounts(s: NotifySummary): string {
  return countsLine(RESULT_ORDER, s.counts);
}

/** The command result of a run: rows, a summary on stderr, exit code 1 when any row failed. */
export function notifyResult(s: NotifySummary, style: Style): CommandResult {
  const summary = s.rows.length
    ? `${notifyCounts(s)}.`
    : 'nobody is waiting for a message: every user with a number was told of it (get-notification lists them).';
  const result: CommandResult = { records: s.rows, columns: NOTIFY_COLUMNS, notices: [summary], exitCode: s.failed ? 1 : 0 };
  if (s.rows.length > TABLE_ROWS) {
    const failed = s.rows.filter((r) => r.Result === 'Failed');
    const table = failed.length ? render(failed, { format: 'table', columns: NOTIFY_COLUMNS, style }) + '\n' : '';
    result.text = `${table}${count(s.rows.length)} rows (${failed.length ? 'only the failed ones are listed; ' : ''}-o csv or -o json lists every row).\n`;
  }
  return result;
}

const NOTICE_ROWS = 20;

/** set-voice-user --notify: the notification outcome as stderr notices (summary, then each failure). */
export function notifyNotices(s: NotifySummary): string[] {
  if (!s.rows.length) return [];
  const failed = s.rows.filter((r) => r.Result === 'Failed');
  const lines = [
    `--notify: ${notifyCounts(s)}.${failed.length ? ' Failed users stay pending: get-notification --pending lists them; notify-users sends again.' : ''}`,
  ];
  for (const r of failed.slice(0, NOTICE_ROWS)) lines.push(`--notify: ${r.Identity}: ${r.ErrorId}: ${r.Message}`);
  if (failed.length > NOTICE_ROWS) lines.push(`--notify: … and ${count(failed.length - NOTICE_ROWS)} more failed.`);
  return lines;
}
