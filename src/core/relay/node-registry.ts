import type { EntityClass } from '@mikro-orm/core';
import type { Context } from '../context';
import type { NodeType } from '../module';
import { fromGlobalId } from './global-id';
import type { Node } from './node';

/** The types `node(id:)` can return, collected from the modules. A type missing here resolves to null. */
export class NodeRegistry {
  private readonly types = new Map<string, NodeType>();

  constructor(nodeTypes: Iterable<NodeType>) {
    for (const nodeType of nodeTypes) {
      if (this.types.has(nodeType.typeName)) throw new Error(`Node type ${nodeType.typeName} is registered twice`);
      this.types.set(nodeType.typeName, nodeType);
    }
  }

  get typeNames(): string[] {
    return [...this.types.keys()];
  }

  /** The row behind a global ID when the viewer may see it; null when missing, hidden or of no node type. */
  async load(context: Context, globalId: string, argument: string): Promise<Node | null> {
    const { type, id } = fromGlobalId(globalId, argument);
    const nodeType = this.types.get(type);
    if (!nodeType) return null;
    const row = await context.loaders.byId(nodeType.entity as EntityClass<Node & { id: number }>).load(id);
    return row && (await nodeType.visible(context.viewer, row, context)) ? row : null;
  }
}
