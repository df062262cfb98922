import type { ConfigLayer } from './types.js';

/** A layer holding only the values its source sets (undefined ones dropped). */
export function compactLayer(values: { readonly origin: string } & { readonly [K in keyof ConfigLayer]?: ConfigLayer[K] | undefined }): ConfigLayer {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as unknown as ConfigLayer;
}
