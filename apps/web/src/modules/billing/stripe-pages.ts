/**
 * Leaving the app for a page Stripe hosts (Checkout, the Customer Portal). An object rather than a bare function, so
 * specs can replace `open`: jsdom cannot navigate.
 */
export const stripePages = {
  open(url: string): void {
    window.location.assign(url);
  },
};
