// Worker-thread entry for the bench: Node 20 does not pass tsx's loader on to workers, so register
// it here, then load the TypeScript worker (bench/worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
