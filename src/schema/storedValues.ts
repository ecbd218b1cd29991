import {
  defaultFieldResolver,
  GraphQLError,
  GraphQLFieldResolver,
  GraphQLFloat,
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  isObjectType,
} from 'graphql';
import { ErrorCode } from '../errors';
import { numericKindOf, rangeProblem } from '../model';

/**
 * A number stored before the model's ranges held it (or written straight through Cypher) never fails a whole
 * read: a nullable Int or Float field whose value GraphQL cannot carry (9223372036854775807 arrives as its
 * digits, past Int's 32 bits) or that is outside its property's range (src/model/ranges.ts) answers null, with
 * a BAD_STORED_VALUE error at its path saying what is stored and what is wrong; the rest of the answer stands.
 */

const INT_LIMIT = 2 ** 31;

/** What is wrong with a stored value for a field of this scalar and name, or undefined when it can be answered. */
export function storedValueProblem(scalar: 'Int' | 'Float', field: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'number') return `is not a number`;
  if (scalar === 'Int' && (!Number.isInteger(value) || value < -INT_LIMIT || value >= INT_LIMIT))
    return 'is not a 32-bit whole number, which an Int field carries';
  return rangeProblem(numericKindOf(field), value);
}

const shown = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 40) : String(value).slice(0, 40));

function guarded(type: GraphQLObjectType, field: string, scalar: 'Int' | 'Float', resolve: GraphQLFieldResolver<unknown, unknown>) {
  const check = (value: unknown): unknown => {
    const problem = storedValueProblem(scalar, field, value);
    if (!problem) return value;
    return new GraphQLError(`${type.name}.${field}: the stored value ${shown(value)} ${problem}; answered as null`, {
      extensions: { code: ErrorCode.BAD_STORED_VALUE },
    });
  };
  return (source: unknown, args: Record<string, unknown>, context: unknown, info: Parameters<typeof resolve>[3]) => {
    const value = resolve(source, args, context, info);
    return value instanceof Promise ? value.then(check) : check(value);
  };
}

/** Wraps every nullable Int and Float field of the schema's object types with the check above; answers the schema. */
export function guardStoredNumbers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const scalar = field.type === GraphQLInt ? 'Int' : field.type === GraphQLFloat ? 'Float' : undefined;
      if (scalar) field.resolve = guarded(type, field.name, scalar, field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}
