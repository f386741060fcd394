#!/usr/bin/env node
// The callplan binary: imports the built CLI and runs it. Nothing else.
import { cliMain } from '../dist/cli.js';

await cliMain();
