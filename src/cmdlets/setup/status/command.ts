// status: the tenant at a glance.
import { type OptionsOf } from '../../../params/define.js';
import { defineCommand } from '../../types.js';

export const params = [] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const statusCommand = defineCommand({
  name: 'status',
  summary: 'The tenant at a glance: the five setup steps, licences, numbers, users, addresses, notifications.',
  kind: 'listing',
  params,
  examples: ['callplan status', 'callplan status -o json'],
  load: async () => (await import('../../../runtime.js')).status,
});
