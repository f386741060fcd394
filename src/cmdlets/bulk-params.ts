// Parameters of every bulk form (import-users, set-user-license --csv, later set-voice-user --csv): plain data.
import type { ParamDef } from './types.js';

/** --csv / --jsonl / --continue-on-error / --report, shared by the commands that take a file of requests. */
export const BULK_PARAMS: readonly ParamDef[] = [
  {
    name: 'Csv',
    flag: 'csv',
    kind: 'string',
    input: true,
    valueName: 'FILE|-',
    help: 'Read one request per row from this CSV file (- = standard input). Headers are the parameter names, any case; BOM and CRLF accepted.',
  },
  {
    name: 'Jsonl',
    flag: 'jsonl',
    kind: 'string',
    input: true,
    valueName: 'FILE|-',
    help: 'Read one JSON object per line from this file (- = standard input), keyed like the CSV columns.',
  },
  {
    name: 'ContinueOnError',
    flag: 'continue-on-error',
    kind: 'switch',
    help: 'Apply the good rows even when some rows fail (default: all or nothing — any failed row changes nothing).',
  },
  { name: 'Report', flag: 'report', kind: 'string', valueName: 'FILE', help: 'Also write the per-row results to this CSV file.' },
];
