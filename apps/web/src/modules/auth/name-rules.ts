import { fieldRules } from '@ascend/web/ui';

// The API's VisibleText(120) on a person's and a practice's name.
const MAX_NAME_LENGTH = 120;

/** A person's name as they type it, checked the way the API will. */
export const personNameRule = fieldRules.maxLength(MAX_NAME_LENGTH, 'Your name');

export const practiceNameRule = fieldRules.maxLength(MAX_NAME_LENGTH, 'The practice name');
