import type { Provider } from '@nestjs/common';
import { MethodResolver } from './method.resolver';
import { MethodService } from './method.service';

/** The five steps of the method, in the client portal. */
export const methodProviders: Provider[] = [MethodService, MethodResolver];
