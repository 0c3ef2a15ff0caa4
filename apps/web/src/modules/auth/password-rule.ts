import { fieldRules } from '@ascend/web/ui';

/** The API's password rule, shown wherever a password is chosen. */
export const PASSWORD_RULE = 'At least 10 characters, not a common password.';

const MIN_PASSWORD_LENGTH = 10;

/** The part of PASSWORD_RULE the browser can check as the person types; only the API knows the common passwords. */
export const newPasswordRule = fieldRules.minLength(MIN_PASSWORD_LENGTH, 'The password');
