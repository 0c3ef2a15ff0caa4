import type { StripeState } from './stripe-state';
import { StripeApiError } from './stripe-state';
import { previousAttributes, snapshot } from './stripe-objects';
import type { Params } from './stripe-params';
import { completeCheckout } from './stripe-checkout';
import { completeOnboarding, usableLink } from './stripe-connect';
import { money, productName, setCancelAtPeriodEnd } from './stripe-subscriptions';

export interface PageAnswer {
  status: number;
  location?: string;
  contentType?: string;
  body?: string;
}

// Plain HTML whose buttons post back here, so a browser test (or a fetch) can walk through Stripe's hosted pages.

/** Answers a hosted page request, or undefined when the path is not one. */
export async function hostedPage(state: StripeState, method: string, url: URL, form: Params): Promise<PageAnswer | undefined> {
  const [, area, id, action] = url.pathname.split('/');
  if (!id) return undefined;
  try {
    if (area === 'pay') return await checkoutPage(state, method, id, action, url.searchParams.has('declined'));
    if (area === 'portal') return await portalPage(state, method, id, action, form);
    if (area === 'connect') return await onboardingPage(state, method, id, action);
    if (area === 'invoices' && method === 'GET') return invoicePage(state, id, action);
  } catch (error) {
    if (error instanceof StripeApiError && error.status === 404) return page(404, 'Not found', `<p>${escape(error.message)}</p>`);
    throw error;
  }
  return undefined;
}

async function checkoutPage(state: StripeState, method: string, id: string, action: string | undefined, declined: boolean): Promise<PageAnswer | undefined> {
  const { object: session, account } = state.store.locate('checkout.session', id);
  const here = `/pay/${id}`;
  if (method === 'GET' && !action) {
    const plan = state.checkoutPlans.get(id);
    const items = (plan?.lines ?? []).map((line) => {
      const price = state.store.get('price', line.price, account);
      const per = price.recurring ? ` / ${price.recurring.interval}` : '';
      return `<li><span class="item">${escape(productName(state, price, account))}</span> × ${line.quantity}: ${money(price.unit_amount ?? 0, price.currency)}${per}</li>`;
    });
    const trial = plan?.trialDays ? `<p class="trial">${plan.trialDays}-day free trial</p>` : '';
    const total = `<p>Total due today: <strong id="amount">${money(session.amount_total ?? 0, session.currency ?? 'usd')}</strong></p>`;
    const status = session.status === 'open' ? '' : `<p id="status">This checkout is ${escape(session.status ?? '')}.</p>`;
    const error = declined && session.status === 'open' ? '<p id="error" role="alert">Your card was declined.</p>' : '';
    const buttons =
      session.status === 'open'
        ? button(`${here}/pay`, 'pay', 'Pay') + button(`${here}/decline`, 'decline', 'Decline card') + button(`${here}/cancel`, 'cancel', 'Cancel')
        : '';
    return page(200, 'Checkout', `<ul>${items.join('')}</ul>${trial}${total}${status}${error}${buttons}`);
  }
  if (method !== 'POST') return undefined;
  if (action === 'cancel') return redirect(session.cancel_url ?? here);
  if (action !== 'pay' && action !== 'decline') return undefined;
  if (session.status !== 'open') return redirect(here);
  completeCheckout(state, id, action === 'pay' ? 'paid' : 'declined');
  // Stripe's redirect follows its webhooks closely; awaiting them here lets a test rely on that order.
  await state.events.flush();
  if (action === 'decline') return redirect(`${here}?declined=1`);
  return redirect(session.success_url ? session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', id) : here);
}

async function portalPage(state: StripeState, method: string, id: string, action: string | undefined, form: Params): Promise<PageAnswer | undefined> {
  const { object: portal, account } = state.store.locate('billing_portal.session', id);
  const here = `/portal/${id}`;
  if (method === 'GET' && !action) {
    const [subscription] = state.store
      .all('subscription', account)
      .filter((candidate) => candidate.customer === portal.customer && candidate.status !== 'canceled' && candidate.status !== 'incomplete_expired');
    let body = '<p id="subscription">No current subscription.</p>';
    if (subscription) {
      const item = subscription.items.data[0];
      const ends = new Date(item.current_period_end * 1000).toISOString().slice(0, 10);
      const renewal = subscription.cancel_at_period_end ? `Cancels on ${ends}` : `Renews on ${ends}`;
      body =
        `<p id="subscription"><span class="item">${escape(productName(state, item.price, account))}</span>: ` +
        `${money(item.price.unit_amount ?? 0, item.price.currency)} / ${item.price.recurring?.interval ?? 'once'}, ` +
        `<span class="status">${escape(subscription.status)}</span>. ${renewal}.</p>` +
        (subscription.cancel_at_period_end ? '' : button(`${here}/cancel-subscription`, 'cancel-subscription', 'Cancel subscription', { subscription: subscription.id }));
    }
    return page(200, 'Billing', body + button(`${here}/return`, 'return', 'Return'));
  }
  if (method !== 'POST') return undefined;
  if (action === 'return') return redirect(portal.return_url ?? here);
  if (action !== 'cancel-subscription') return undefined;
  const subscription = state.store.get('subscription', typeof form.subscription === 'string' ? form.subscription : '', account);
  if (subscription.customer !== portal.customer) return page(403, 'Billing', '<p>Not your subscription.</p>');
  if (!subscription.cancel_at_period_end && subscription.status !== 'canceled') {
    const before = snapshot(subscription);
    setCancelAtPeriodEnd(subscription, true);
    state.events.emit('customer.subscription.updated', subscription, { account }, previousAttributes(before, subscription));
    await state.events.flush();
  }
  return redirect(here);
}

async function onboardingPage(state: StripeState, method: string, id: string, action: string | undefined): Promise<PageAnswer | undefined> {
  const link = usableLink(state, id);
  if (!link) return page(404, 'Not found', '<p>This onboarding link does not exist.</p>');
  if (method === 'GET' && !action) {
    if (!link.usable) return redirect(link.refreshUrl);
    return page(200, 'Onboarding', '<p>Tell us about your business.</p>' + button(`/connect/${id}/complete`, 'complete-onboarding', 'Complete onboarding'));
  }
  if (method !== 'POST' || action !== 'complete') return undefined;
  const next = completeOnboarding(state, id);
  await state.events.flush();
  return redirect(next);
}

function invoicePage(state: StripeState, id: string, action: string | undefined): PageAnswer | undefined {
  const { object: invoice } = state.store.locate('invoice', id);
  const summary = `Invoice ${invoice.number ?? invoice.id}: ${money(invoice.amount_due, invoice.currency)}, ${invoice.status ?? 'draft'}`;
  if (action === 'pdf') return { status: 200, contentType: 'application/pdf', body: minimalPdf(summary) };
  if (action) return undefined;
  return page(200, 'Invoice', `<p id="invoice">${escape(summary)}</p>`);
}

function page(status: number, title: string, body: string): PageAnswer {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} (Stripe test server)</title></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
  return { status, contentType: 'text/html; charset=utf-8', body: html };
}

function redirect(location: string): PageAnswer {
  return { status: 303, location };
}

function button(action: string, id: string, label: string, fields: Record<string, string> = {}): string {
  const hidden = Object.entries(fields).map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`);
  return `<form method="post" action="${escape(action)}">${hidden.join('')}<button type="submit" id="${escape(id)}">${escape(label)}</button></form>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// One page of text, enough for a viewer (or a test) to open the invoice's PDF link.
function minimalPdf(text: string): string {
  const safe = text.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 12 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${pdf}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}
