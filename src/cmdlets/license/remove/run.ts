// remove-license: takes units of a SKU away (never below the units assigned to users).
import type { Deps } from '../../../deps.js';
import { unitsResult } from '../buy/run.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs remove-license. */
export function run(o: Options, deps: Deps): CommandResult {
  return unitsResult(o, deps, 'remove');
}
