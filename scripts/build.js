#!/usr/bin/env node
// `npm run build` (and `prepare`, on install): compile the sources into dist/ (see scripts/dist.js).
import { build } from './dist.js';

await build();
