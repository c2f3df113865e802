import type { Context } from '../core/context';
import { AppError } from '../core/errors';
import { fromGlobalId } from '../core/relay/global-id';
import type { Node } from '../core/relay/node';

/**
 * The object a stored global ID names, as `node(id:)` would answer the viewer: null when it was
 * deleted or erased, when the viewer may not see it, or when the text is no global ID (a SYSTEM
 * actor's job name). Loads through the request's DataLoaders, so a page of entries costs one
 * statement per type, not one per entry.
 */
export function storedNode(context: Context, globalId: string): Promise<Node | null> {
  try {
    fromGlobalId(globalId);
  } catch (error) {
    if (error instanceof AppError) return Promise.resolve(null);
    throw error;
  }
  return context.nodes.load(context, globalId, 'id');
}
