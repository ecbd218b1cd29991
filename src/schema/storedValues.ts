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
import { numericKindOf, rangeOf, rangeProblem } from '../model';

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
  // Worked out once per field, not per value: every row of a list reads the same field.
  const { min, max, whole } = rangeOf(field);
  const [low, high] = scalar === 'Int' ? [Math.max(min, -INT_LIMIT), Math.min(max, INT_LIMIT - 1)] : [min, max];
  const integral = whole || scalar === 'Int';
  const check = (value: unknown): unknown => {
    if (value === null || value === undefined) return value;
    if (typeof value === 'number' && value >= low && value <= high && (!integral || Number.isInteger(value))) return value;
    const problem = storedValueProblem(scalar, field, value);
    if (!problem) return value;
    return new GraphQLError(`${type.name}.${field}: the stored value ${shown(value)} ${problem}; answered as null`, {
      extensions: { code: ErrorCode.BAD_STORED_VALUE },
    });
  };
  if (resolve === defaultFieldResolver) {
    // Most of these fields read a property of a plain map: no call through graphql's default resolver.
    return (source: unknown, args: Record<string, unknown>, context: unknown, info: Parameters<typeof resolve>[3]) => {
      const value = typeof source === 'object' && source !== null ? (source as Record<string, unknown>)[info.fieldName] : undefined;
      return typeof value === 'function' ? check(resolve(source, args, context, info)) : check(value);
    };
  }
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
