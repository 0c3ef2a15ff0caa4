import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * A request made on this machine: it arrived over loopback and no proxy forwarded it (a proxy on this machine
 * would otherwise turn every visitor into a local one). The socket's address is read, not `req.ip`, which
 * trusts forwarding headers.
 */
export function isFromThisMachine(request: Pick<IncomingMessage, 'headers' | 'socket'>): boolean {
  const forwarded = request.headers['x-forwarded-for'] ?? request.headers['forwarded'];
  return forwarded === undefined && LOOPBACK.test(request.socket.remoteAddress ?? '');
}

/** The dev mail pages hold sign-in and reset links: to anyone else they do not exist. */
@Injectable()
export class LoopbackOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!isFromThisMachine(context.switchToHttp().getRequest<IncomingMessage>())) throw new NotFoundException();
    return true;
  }
}
