import { JobHandler } from './job-handler';

describe('JobHandler', () => {
  it.each(['identity.verification-mail', 'platform.forget-expired-rate-limits', 'billing.stripe.webhook'])('accepts the task name %s', (task) => {
    expect(() => JobHandler(task)).not.toThrow();
  });

  it.each(['verification-mail', 'Identity.mail', 'identity.', 'identity mail', 'identity.mail_2'])('refuses the task name %j', (task) => {
    expect(() => JobHandler(task)).toThrow(`Job task name "${task}" must be namespaced by its domain, like "identity.verification-mail"`);
  });
});
