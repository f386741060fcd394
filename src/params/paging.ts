import { param } from './define.js';

export const ResultSize = param({
  name: 'ResultSize',
  flag: 'result-size',
  aliases: ['First'],
  kind: 'string',
  valueName: 'N|Unlimited',
  help: 'At most N users (default 100); Unlimited for all.',
});

export const Skip = param({ name: 'Skip', flag: 'skip', kind: 'int', valueName: 'N', help: 'Skip the first N users (UPN order).' });

export const NumberOfResultsToSkip = param({
  name: 'NumberOfResultsToSkip',
  flag: 'number-of-results-to-skip',
  kind: 'int',
  valueName: 'N',
  help: 'Skip the first N results (paging with -ResultSize).',
});
