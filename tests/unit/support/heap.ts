import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Memory tests measure the heap a collection cannot free (not time): the collector is exposed once, here.
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** The heap in use after two full collections. */
export function heapAfterCollection(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
