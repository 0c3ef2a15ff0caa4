export { AppProviders } from './app-providers';
export type { AppProvidersProps } from './app-providers';
export { CompassIcon } from './compass-icon';
export { PageState } from './page-state';
export type { PageStateProps } from './page-state';
export { theme } from './theme';
export { usePageTitle } from './use-page-title';
