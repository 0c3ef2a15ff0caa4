import { registerDecorator } from 'class-validator';
import { isIsoDate } from './goal-rules';

/** A calendar date written 'YYYY-MM-DD', as the week rules and date columns take it. */
export function IsIsoDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a date written YYYY-MM-DD' },
      validator: { validate: isIsoDate },
    });
}
