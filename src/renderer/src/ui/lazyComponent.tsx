import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code loads the first time it is shown, from its own chunk, so the first
 * screen (library and reader) parses none of it. For dialogs, panels and renderers that are
 * not needed to show the article; `fallback` stands in for the moment it loads (else nothing).
 */
export const lazyComponent = <Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  fallback: (props: Props) => ReactNode = () => null,
): ComponentType<Props> => {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function LoadedOnDemand(props: Props) {
    return (
      <Suspense fallback={fallback(props)}>
        <Loaded {...props} />
      </Suspense>
    );
  };
};
