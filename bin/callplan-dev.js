#!/usr/bin/env node
// callplan from the unbundled tsc output (dist/cli.js): readable stack traces with CALLPLAN_DEBUG=1, slower start-up.
import { cliMain } from '../dist/cli.js';

await cliMain();
