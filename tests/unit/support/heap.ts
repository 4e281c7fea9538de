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

/** The heap in use and the typed arrays' buffers (held outside the heap) after two full collections. */
export function memoryAfterCollection(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
