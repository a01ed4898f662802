import { config } from 'zod';

// zod probes for `new Function` when a schema is built; under our CSP (no 'unsafe-eval') the probe
// fails quietly but still files a CSP violation. Turning the JIT off skips the probe. This module
// must be imported before anything that builds schemas, hence its own file. The first screen
// builds none (see api/client.ts); a part loaded later may. Called as `config`, not `z.config`:
// the renderer's build treats `z.…` calls as free of side effects (electron.vite.config.ts).
config({ jitless: true });
