/**
 * A value built on its first use: what the Node bundle's build (scripts/lazySchemas.ts) puts in
 * place of each zod schema the shared modules build at load, so that a process builds only the
 * schemas it reads. The stand-in forwards every operation to the built schema; zod's own
 * methods are closures over their schema, so they work called on it, and `instanceof` sees the
 * schema's prototype. Only the build uses this; the sources build their schemas directly.
 */
export const lazySchema = <T extends object>(build: () => T): T => {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The stand-in's own target has no such property: a proxy may not call it fixed.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
};
