import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../errors';

/** A refusal for going over a budget; its code survives Apollo's wrapping of validation errors. */
export class LimitError extends GraphQLError {
  constructor(code: ErrorCode, message: string, limit: number, actual?: number) {
    super(message, { extensions: { code, limit, ...(actual === undefined ? {} : { actual }), http: { status: 400 } } });
  }
}
