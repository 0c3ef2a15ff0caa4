import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@ascend/platform/tenancy';

@Resolver()
class ProbeResolver {
  @Public()
  @Query(() => String)
  probe() {
    return 'ok';
  }
}

/**
 * The test app always mounts GraphQL, which needs at least one resolver: tests of a platform lib mount this one
 * rather than a domain module (which would be the wrong way round).
 */
@Module({ providers: [ProbeResolver] })
export class ProbeModule {}
