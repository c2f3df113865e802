import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { Context } from '../../context';
import { DEFAULT_PAGE_SIZE } from '../../relay/connection';
import { principalOf, rateLimitHeaders, type Budget, type Charge, type Principal, type RateLimiter } from '../../rate-limit/rate-limiter';
import { limitError, type LimitCode } from './limit-error';
import { actualCost, requestedCost, type CostModel } from './query-cost';

export type Limits = Config['limits'];

/**
 * What a request takes from its sender's budget at least, whatever its cost: reading, parsing and
 * answering it is work too, and a flood of `{ __typename }` must run dry like any other.
 */
export const MINIMUM_CHARGE = 5;

export const COST_MODEL: CostModel = { defaultPageSize: DEFAULT_PAGE_SIZE, defaultListCap: 100, mutationCost: 10 };

/**
 * Depth, aliases and directives, checked by graphql-armor's rules during validation (Apollo
 * caches a validated document, so a repeated one costs nothing here). Fragments count at the depth
 * of the fields they hold, not as a level of their own.
 */
export function limitValidationRules(limits: Limits): ValidationRule[] {
  const refuse = (code: LimitCode, maximum: number) => [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message);
      context?.reportError(limitError(code, error.message.replace(/^Syntax Error: /, ''), { maximum, ...(found ? { found: Number(found[1]) } : {}) }));
    },
  ];
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: refuse('DEPTH_LIMIT_EXCEEDED', limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: refuse('ALIAS_LIMIT_EXCEEDED', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: refuse('DIRECTIVE_LIMIT_EXCEEDED', limits.maxDirectives) }),
  ];
}

/**
 * Each request's last word from this plugin: Apollo runs every plugin's `willSendResponse` at
 * once, and this one may still replace the answer (an anonymous read refused by its budget) and
 * completes `extensions.cost` after a round trip. Plugins listed after it await this to see the
 * final answer (see observability/graphql-metrics.ts).
 */
const settledResponses = new WeakMap<object, Promise<void>>();

/** Resolves once this plugin has finished with the request's response (at once if it never saw it). */
export function responseSettled(request: object): Promise<void> {
  return settledResponses.get(request) ?? Promise.resolve();
}

/** What `extensions.cost` reports, in Shopify's words. */
interface CostReport {
  requestedQueryCost: number;
  actualQueryCost?: number;
  maximumQueryCost: number;
  throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

/**
 * The limits that need the document and its variables, checked after validation and before
 * execution, so a refused request runs no resolver and sends no SQL of its own:
 * - the document size;
 * - its requested cost against the maximum (and against the sender's whole budget);
 * - the sender's budget, charged with the requested cost; the difference to the actual cost is
 *   given back after the response (Shopify's model).
 * The response carries `extensions.cost` and RateLimit headers.
 */
export function limitsPlugin(options: { limits: Limits; rateLimiter?: RateLimiter; logger: Logger }): ApolloServerPlugin<Context> {
  const { limits, rateLimiter, logger } = options;
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      let charged: { principal: Principal; cost: number; budget: Budget } | undefined;
      let requestedWork = 0;
      let pendingCharge: { principal: Principal; cost: number; charge: Promise<Charge | null> } | undefined;
      const fragments: Record<string, FragmentDefinitionNode> = {};

      /** The refund and the cost report; an anonymous read's answer is replaced when its budget refused it meanwhile. */
      async function settle(request: GraphQLRequestContextWillSendResponse<Context>): Promise<void> {
        if (!report) return;
        const { body } = request.response;
        if (body.kind !== 'single') return;
        if (pendingCharge) {
          const settled = await pendingCharge.charge;
          if (settled && !settled.granted) {
            report.throttleStatus = throttleStatusOf(settled.budget);
            const refusal = overBudget(report.requestedQueryCost, settled, report);
            body.singleResult = { errors: [{ message: refusal.message, extensions: { code: 'RATE_LIMITED', ...refusal.details } }] };
            request.response.http.status = refusal.http.status;
            for (const [name, value] of Object.entries(refusal.http.headers)) request.response.http.headers.set(name, value);
            return;
          }
          if (settled) charged = { principal: pendingCharge.principal, cost: pendingCharge.cost, budget: settled.budget };
        }
        const { operation } = request;
        if (operation && !body.singleResult.errors?.some((error) => error.extensions?.code === 'COST_LIMIT_EXCEEDED' || error.extensions?.code === 'RATE_LIMITED')) {
          report.actualQueryCost = actualCost(request.schema, operation, fragments, body.singleResult.data, COST_MODEL) + requestedWork;
        }
        if (charged && rateLimiter && report.actualQueryCost !== undefined) {
          const refund = charged.cost - Math.max(MINIMUM_CHARGE, report.actualQueryCost);
          const budget = { ...charged.budget, remaining: Math.min(charged.budget.limit, charged.budget.remaining + refund) };
          report.throttleStatus = throttleStatusOf(budget);
          for (const [name, value] of Object.entries(rateLimitHeaders(budget))) request.response.http.headers.set(name, value);
          // Not awaited: the answer need not wait for the refund, and the report already counts it.
          if (refund > 0) refundLater(rateLimiter, charged.principal, refund, logger);
        }
        body.singleResult.extensions = { ...body.singleResult.extensions, cost: report };
      }

      return {
        async didResolveOperation(request) {
          // After parsing, which the token limit stops early; what a few huge tokens (a long string)
          // make the parser read is bounded by the body limit. Apollo answers errors thrown before
          // this hook as internal errors.
          const source = request.source ?? '';
          if (source.length > limits.maxDocumentBytes / 4 && Buffer.byteLength(source) > limits.maxDocumentBytes) {
            throw limitError('DOCUMENT_TOO_LARGE', `The document is larger than ${limits.maxDocumentBytes} bytes.`, {
              maximum: limits.maxDocumentBytes,
              found: Buffer.byteLength(source),
            });
          }
          const { operation, document } = request;
          if (!operation) return;
          if (!request.schema.getRootType(operation.operation)) {
            // graphql-js validation lets it through and execution would fail as an internal error.
            throw new GraphQLError(`This API has no ${operation.operation} operations.`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          }
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const cost = requestedCost(request.schema, operation, fragments, request.request.variables, COST_MODEL);
          // The declared work stays charged: the response's objects do not show it.
          requestedWork = cost - requestedCost(request.schema, operation, fragments, request.request.variables, { ...COST_MODEL, countWork: false });
          const principal = principalOf(request.contextValue.viewer, request.contextValue.clientAddress);
          const maximum = Math.min(limits.maxCost, rateLimiter?.limitOf(principal) ?? Infinity);
          report = { requestedQueryCost: cost, maximumQueryCost: maximum };
          if (cost > maximum) {
            throw limitError('COST_LIMIT_EXCEEDED', `The query would cost ${cost} points; at most ${maximum} are allowed. Ask for fewer items (first, last) or fewer nested lists.`, {
              maximum,
              found: cost,
              cost: report,
            });
          }
          if (!rateLimiter) return;
          const known = rateLimiter.refusalOf(principal);
          if (known) {
            report.throttleStatus = throttleStatusOf(known.budget);
            const refusal = overBudget(cost, known, report);
            throw limitError('RATE_LIMITED', refusal.message, refusal.details, refusal.http);
          }
          const amount = Math.max(MINIMUM_CHARGE, cost);
          const charge = chargeOrLetThrough(rateLimiter, principal, amount, logger);
          if (operation.operation === 'query' && request.contextValue.viewer.kind === 'anonymous') {
            // A read of the public catalogue runs while its budget is charged, so the round trip adds
            // no latency. Refused, its answer is replaced below, and the process remembers the
            // refusal: the sender's next requests are refused before they run.
            pendingCharge = { principal, cost: amount, charge };
            return;
          }
          // Writes never happen on credit, and signed-in reads wait too: they may reach personal
          // data, and the audit log must not record a read whose answer was withheld.
          const settled = await charge;
          if (settled && !settled.granted) {
            report.throttleStatus = throttleStatusOf(settled.budget);
            const refusal = overBudget(cost, settled, report);
            throw limitError('RATE_LIMITED', refusal.message, refusal.details, refusal.http);
          }
          if (settled) charged = { principal, cost: amount, budget: settled.budget };
        },

        willSendResponse(request) {
          const settling = settle(request);
          settledResponses.set(request, settling.catch(() => undefined));
          return settling;
        },
      };
    },
  };
}

/** The charge, or null when the budget store cannot be reached: a request is not refused for the limiter's own failure. */
function chargeOrLetThrough(rateLimiter: RateLimiter, principal: Principal, cost: number, logger: Logger): Promise<Charge | null> {
  return rateLimiter.charge(principal, cost).catch((error: unknown) => {
    logger.warn({ err: error }, 'could not charge a rate-limit budget; the request goes through');
    return null;
  });
}

function overBudget(cost: number, charge: Charge, report: CostReport) {
  return {
    message: `Over budget: the query costs ${cost} points and ${Math.floor(charge.budget.remaining)} are left. Retry after ${charge.retryAfterSeconds} s.`,
    details: { retryAfterSeconds: charge.retryAfterSeconds, cost: report },
    http: { status: 429, headers: { 'retry-after': String(charge.retryAfterSeconds), ...rateLimitHeaders(charge.budget) } },
  };
}

function refundLater(rateLimiter: RateLimiter, principal: Principal, points: number, logger: Logger): void {
  rateLimiter.refund(principal, points).catch((error: unknown) => logger.warn({ err: error }, 'could not refund a rate-limit budget'));
}

function throttleStatusOf(budget: Budget): NonNullable<CostReport['throttleStatus']> {
  return { maximumAvailable: budget.limit, currentlyAvailable: Math.floor(budget.remaining), restoreRate: budget.refillPerSecond };
}

