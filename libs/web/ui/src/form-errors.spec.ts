import { GraphQLRequestError, NetworkError } from '@ascend/web/data-access';
import { formErrors } from './form-errors';

const fieldsByApiName = { 'input.email': 'email', 'input.practiceSlug': 'slug' } as const;

describe('formErrors', () => {
  it('puts the problems the API names under the matching fields, as sentences', () => {
    const error = new GraphQLRequestError('Invalid input: input.practiceSlug is already taken', 'CONFLICT', [
      { field: 'input.practiceSlug', message: 'is already taken' },
      { field: 'input.practiceSlug', message: 'is too short' },
    ]);

    expect(formErrors(error, fieldsByApiName)).toEqual({ fields: { slug: 'Is already taken' }, message: null });
  });

  it('shows the message for the whole form when no field of the form is named', () => {
    const error = new GraphQLRequestError('Email or password is wrong', 'UNAUTHENTICATED', [{ field: 'x-practice-id', message: 'is wrong' }]);

    expect(formErrors(error, fieldsByApiName)).toEqual({ fields: {}, message: 'Email or password is wrong' });
  });

  it('shows network failures for the whole form', () => {
    const error = new NetworkError('Could not reach Ascend. Check your connection and try again.', null);

    expect(formErrors(error, fieldsByApiName).message).toBe('Could not reach Ascend. Check your connection and try again.');
  });

  it('has nothing to show without an error', () => {
    expect(formErrors(null, fieldsByApiName)).toEqual({ fields: {}, message: null });
  });
});
