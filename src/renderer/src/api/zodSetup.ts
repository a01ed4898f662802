import { z } from 'zod';

// zod probes for `new Function` when a schema is built; under our CSP (no 'unsafe-eval') the probe
// fails quietly but still files a CSP violation. Turning the JIT off skips the probe. This module
// must be imported before anything that builds schemas (the contract), hence its own file.
z.config({ jitless: true });
