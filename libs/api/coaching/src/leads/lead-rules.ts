/**
 * What an applicant agrees to, recorded word for word with the time. The web form shows the same promise (and the
 * practice's name); change both together.
 */
export function consentText(practiceName: string): string {
  return `I agree that ${practiceName} may contact me by email about coaching. No spam; my details are never sold or shared, and I can ask for them to be deleted at any time.`;
}
