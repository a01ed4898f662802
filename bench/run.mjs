// `npm run bench [-- scenario ...]`: runs the TypeScript scenarios through tsx, so they can use
// the real core from src/ without a separate build of their own. Both hooks are registered:
// TypeScript files without "type": "module" may load as CommonJS (extension-less imports).
import { register as registerCommonJs } from 'tsx/cjs/api';
import { register as registerEsm } from 'tsx/esm/api';

registerCommonJs();
registerEsm();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
