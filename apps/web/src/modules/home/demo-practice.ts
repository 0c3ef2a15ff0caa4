/** The practice the API seeds on a first start; the home page features it. */
export const DEMO_PRACTICE_SLUG = 'ridgeline';
