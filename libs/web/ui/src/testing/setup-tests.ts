// Runs before every web test file (tools/jest/web-preset.cjs).
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// CI runs every project at once on two cores: a menu's opening transition or a lazy page can take longer there than
// the default second, and a test waiting for what will appear should wait rather than fail.
configure({ asyncUtilTimeout: 5000 });

// Mantine reads media queries and observes element sizes; jsdom implements neither. Tests that opt into the
// node environment (codegen.spec.ts) have no window to patch.
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });

  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };

  // The app remembers the selected practice and a signed-in hint there; each test starts as a first visit.
  afterEach(() => window.localStorage.clear());
}
