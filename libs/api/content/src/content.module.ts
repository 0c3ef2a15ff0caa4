import { Module } from '@nestjs/common';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { articleProviders } from './articles/article.providers';
import { importProviders } from './import/import.providers';
import { publicSiteControllers, publicSiteProviders, publicSitePages } from './public-site/public-site.providers';
import { videoProviders } from './videos/video.providers';

/** Content: articles from markdown with frontmatter, their import, videos, and the practice's public site and feeds. */
@Module({
  // Practices are identity's; the public site lists the practice's upcoming masterclasses.
  imports: [IdentityModule, EventsModule],
  controllers: [...publicSiteControllers],
  providers: [...articleProviders, ...importProviders, ...videoProviders, ...publicSiteProviders],
  exports: [...publicSitePages],
})
export class ContentModule {}
