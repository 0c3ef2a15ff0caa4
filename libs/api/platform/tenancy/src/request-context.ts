import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ClsService, ClsServiceManager } from 'nestjs-cls';

const cls = ClsServiceManager.getClsService();

/** Each HTTP request gets a store of its own, where TenantContext and TenantDatabase keep what they know of it. */
function ownStore(_request: Request, _response: Response, next: NextFunction) {
  cls.runWith({}, next);
}

/**
 * nestjs-cls's ClsService (the one jobs and the statement log use too) with a store per request. Not through
 * ClsModule.forRoot: besides its middleware, that always registers a global guard and a global interceptor, no-ops
 * unless mounted, and any global interceptor puts every resolver call through Nest's rxjs interceptor chain.
 */
@Global()
@Module({ providers: [{ provide: ClsService, useValue: cls }], exports: [ClsService] })
export class RequestContextModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(ownStore).forRoutes('/');
  }
}
