import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context';
import { responseSettled } from '../graphql/limits/limits-plugin';
import type { HubMetrics, Outcome } from './metrics';

/** Codes of errors a client caused (bad input, no access): the operation ran and answered as designed. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

interface Answer {
  data?: unknown;
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
}

/**
 * An operation's outcome from its answer: refused when it never ran (no `data`: parsing,
 * validation, limits, budget); error when it ran into a failure of the hub; user_error when only
 * client errors or a payload's `userErrors` came back; ok otherwise.
 */
export function outcomeOf(answer: Answer): Outcome {
  if (answer.data === undefined) return 'refused';
  const errors = answer.errors ?? [];
  if (errors.some((error) => !CLIENT_CODES.has(String(error.extensions?.code)))) return 'error';
  if (errors.length > 0 || hasUserErrors(answer.data)) return 'user_error';
  return 'ok';
}

/** Whether a root field's payload carries user errors (the mutation convention: `userErrors: [...]`). */
function hasUserErrors(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  return Object.values(data).some((payload) => {
    const userErrors = typeof payload === 'object' && payload !== null ? (payload as { userErrors?: unknown }).userErrors : undefined;
    return Array.isArray(userErrors) && userErrors.length > 0;
  });
}

/**
 * Latency of each operation by name, type and outcome, and its query cost as the limits plugin
 * reported it (`extensions.cost`), read once that plugin has settled the answer.
 */
export function graphqlMetricsPlugin(metrics: HubMetrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(request) {
          // The limits plugin may still replace the answer or complete its cost report.
          await responseSettled(request);
          const { body } = request.response;
          if (body.kind !== 'single') return;
          const answer = body.singleResult as Answer & { extensions?: { cost?: { requestedQueryCost?: number; actualQueryCost?: number } } };
          // A document refused in validation has no resolved operation yet, but a parsed one.
          const definition = request.operation ?? operationIn(request.document, request.operationName);
          const operation = metrics.operationLabel(definition?.name?.value);
          const type = definition?.operation ?? 'unknown';
          metrics.observeOperation(operation, type, outcomeOf(answer), (performance.now() - started) / 1000);
          const cost = answer.extensions?.cost;
          if (typeof cost?.requestedQueryCost === 'number') metrics.observeCost('requested', cost.requestedQueryCost);
          if (typeof cost?.actualQueryCost === 'number') metrics.observeCost('actual', cost.actualQueryCost);
        },
      };
    },
  };
}

/** The operation a parsed document names (or its only one), as graphql-js would pick it. */
function operationIn(document: DocumentNode | undefined, name: string | undefined | null): OperationDefinitionNode | undefined {
  const operations = (document?.definitions ?? []).filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (name) return operations.find((operation) => operation.name?.value === name);
  return operations.length === 1 ? operations[0] : undefined;
}
