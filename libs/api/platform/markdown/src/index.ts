export { markdownSummary, markdownToSafeHtml } from './markdown';
