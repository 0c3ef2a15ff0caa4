import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Practice } from './practices/practice.entity';
import { PracticeResolver } from './practices/practice.resolver';
import { PracticeService } from './practices/practice.service';

/** Resolvers of this domain, also listed for printing the schema without a database. */
export const identityResolvers = [PracticeResolver];

@Module({
  imports: [TypeOrmModule.forFeature([Practice])],
  providers: [PracticeService, ...identityResolvers],
  exports: [PracticeService],
})
export class IdentityModule {}
