import { type ComponentType, lazy } from 'react';

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Loads the code now; from then on the component renders at once instead of suspending. */
  preload(): Promise<void>;
};

const everyLazyComponent = new Set<() => Promise<void>>();

/**
 * A component whose code is a separate chunk, fetched the first time it renders (under a Suspense boundary) or
 * when preloaded, together with the styles of the Mantine components only lazy code uses. Chunks keep what visitors
 * never see (the signed-in app, the auth forms) off the public pages.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  const fetchCode = async () => (loaded ??= (await Promise.all([import('../styles/app-styles'), load()]))[1]);
  const Suspending = lazy(async () => ({ default: await fetchCode() }));

  function Component(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  const preload = async () => void (await fetchCode());
  everyLazyComponent.add(preload);
  return Object.assign(Component, { preload });
}

/** Loads every lazy component, so tests can render any route synchronously. */
export async function preloadAllLazyComponents(): Promise<void> {
  await Promise.all([...everyLazyComponent].map((preload) => preload()));
}
