import type { Provider } from '@nestjs/common';
import { OperatorResolver } from './operator.resolver';
import { OperatorService } from './operator.service';

/** The platform operators' console: every practice, revenue, suspension. */
export const operatorProviders: Provider[] = [OperatorService, OperatorResolver];
