import type { Provider } from '@nestjs/common';
import { VideoResolver } from './video.resolver';
import { VideoService } from './video.service';

/** Videos from allow-listed providers, public or for the practice's members. */
export const videoProviders: Provider[] = [VideoService, VideoResolver];
