/**
 * zod probes `new Function('')` to decide whether it may compile validators; under our CSP
 * (no 'unsafe-eval', Trusted Types required) that probe is blocked and logged as an error. Jitless
 * mode skips the probe. Imported first, before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
