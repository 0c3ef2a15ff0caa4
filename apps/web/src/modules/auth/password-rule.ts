/** The API's password rule, shown wherever a password is chosen. */
export const PASSWORD_RULE = 'At least 10 characters, not a common password.';
