import { Controller, Headers, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import Stripe from 'stripe';
import { BILLING_VARIABLES } from '@ascend/platform/config';
import { Jobs } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import { eventOf, SIGNATURE_TOLERANCE_SECONDS, signatureProblem, webhookRefusal } from './stripe-event-rules';
import { STRIPE_EVENT } from './stripe-event.job';

const logger = new Logger('StripeWebhook');

/**
 * Stripe's webhook endpoint. The signature is checked on the body's exact bytes (the /webhooks routes receive them
 * unparsed); a verified event is recorded once by its id and handed to a job in the same transaction, so Stripe is
 * answered quickly and a repeated delivery is acknowledged without doing anything twice.
 */
@Controller('webhooks')
export class StripeWebhookController {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    private readonly gateway: StripeGateway,
  ) {}

  @Post('stripe')
  @HttpCode(200)
  async receive(@Req() req: Request, @Headers('stripe-signature') signature: string | undefined, @Res({ passthrough: true }) res: Response): Promise<object> {
    res.set('cache-control', 'no-store');
    const stripe = this.gateway.stripe;
    if (!stripe) {
      res.status(404);
      return { error: 'billing_not_configured', message: `Billing is not configured on this server: set ${BILLING_VARIABLES.join(', ')} to receive Stripe webhooks. Nothing was recorded.` };
    }
    if (!signature) return refuse(res, 'missing_signature');
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) return refuse(res, 'invalid_payload');

    let parsed: unknown;
    try {
      parsed = stripe.webhooks.constructEvent(body, signature, this.gateway.webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
        return refuse(res, signatureProblem(signature, error.message, Math.floor(Date.now() / 1000)));
      }
      // Signed by Stripe but not JSON: nothing Stripe sends, so nothing to keep.
      if (error instanceof SyntaxError) return refuse(res, 'invalid_payload');
      throw error;
    }
    const event = eventOf(parsed);
    if (!event) return refuse(res, 'invalid_payload');

    const recorded = await this.db.run({}, async (manager) => {
      const [{ recorded: isNew }]: { recorded: boolean }[] = await manager.query(
        'select app_record_stripe_event($1, $2, $3, to_timestamp($4), $5::jsonb) as recorded',
        [event.id, event.type, event.account ?? null, event.created, body.toString('utf8')],
      );
      if (isNew) await this.jobs.enqueue(STRIPE_EVENT, { eventId: event.id });
      return isNew;
    });
    return recorded ? { received: true } : { received: true, duplicate: true };
  }
}

function refuse(res: Response, problem: Parameters<typeof webhookRefusal>[0]): object {
  logger.warn(`Refused a Stripe webhook delivery: ${problem}`);
  res.status(400);
  return webhookRefusal(problem);
}
