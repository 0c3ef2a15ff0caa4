import { Injectable, Logger, Module } from '@nestjs/common';
import { IdentityModule, PracticeService } from '@ascend/identity';
import { demoPractice } from './demo-practice';

/** Fills an empty database with a lived-in demo practice; every step is idempotent, so restarts add nothing. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(private readonly practices: PracticeService) {}

  async seed(): Promise<void> {
    const practice = await this.practices.create(demoPractice, { ifMissing: true });
    this.logger.log(`Demo practice "${practice.name}" is at /p/${practice.slug}`);
  }
}

@Module({ imports: [IdentityModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
