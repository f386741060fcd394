import { param } from './define.js';

export const Csv = param({
  name: 'Csv',
  flag: 'csv',
  kind: 'string',
  valueName: 'FILE|-',
  input: true,
  help: 'Read one request per row from this CSV file (- = standard input). Headers are the parameter names, any case; BOM and CRLF accepted.',
});

export const Jsonl = param({
  name: 'Jsonl',
  flag: 'jsonl',
  kind: 'string',
  valueName: 'FILE|-',
  input: true,
  help: 'Read one JSON object per line from this file (- = standard input), keyed like the CSV columns.',
});

export const ContinueOnError = param({
  name: 'ContinueOnError',
  flag: 'continue-on-error',
  kind: 'switch',
  help: 'Apply the good rows even when some rows fail (default: all or nothing — any failed row changes nothing).',
});

export const Report = param({ name: 'Report', flag: 'report', kind: 'string', valueName: 'FILE', help: 'Also write the per-row results to this CSV file.' });
