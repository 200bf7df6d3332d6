#!/usr/bin/env node
// Runs the gateway from its TypeScript sources, so it works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../electron/gateway/cli.ts');
