export { NewsletterModule } from './newsletter.module';
export { BounceListError, markBounceFile } from './subscribers/bounce-command';
