import { useDocumentTitle } from '@mantine/hooks';

/** Sets the browser tab's title as "<page> · Ascend", or just "Ascend" while the page has none yet. */
export function usePageTitle(title?: string) {
  useDocumentTitle(title ? `${title} · Ascend` : 'Ascend');
}
