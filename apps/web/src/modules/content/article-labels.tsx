import { Badge } from '@mantine/core';
import type { ArticleStatus } from '@ascend/web/data-access';
import { formatDateTime } from '@ascend/web/ui';

export const articleStatusLabels: Record<ArticleStatus, string> = { DRAFT: 'Draft', SCHEDULED: 'Scheduled', PUBLISHED: 'Published' };

const colors: Record<ArticleStatus, string> = { DRAFT: 'gray', SCHEDULED: 'blue', PUBLISHED: 'green' };

/** Draft, "Scheduled for 1 Dec 2026, 09:00" (it publishes on its own then), or Published. */
export function ArticleStatusBadge({ status, pubDate }: { status: ArticleStatus; pubDate: string }) {
  return (
    <Badge variant="light" color={colors[status]} tt="none">
      {status === 'SCHEDULED' ? `Scheduled for ${formatDateTime(pubDate)}` : articleStatusLabels[status]}
    </Badge>
  );
}

