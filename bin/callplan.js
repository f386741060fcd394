#!/usr/bin/env node
// The callplan binary: imports the built CLI (the esbuild bundle) and runs it. Nothing else.
import { cliMain } from '../dist/bundle/cli.js';

await cliMain();
