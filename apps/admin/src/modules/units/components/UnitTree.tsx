import { useApolloClient, useQuery } from '@apollo/client/react';
import { Skeleton, Tree } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import type { UnitTreeLevelQuery } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { UNIT_TREE_LEVEL } from '../graphql/queries/unitTreeLevelQuery';

type Level = UnitTreeLevelQuery['units']['nodes'];

const toNodes = (units: Level): DataNode[] => units.map((u) => ({ key: u.id, title: u.name, isLeaf: u.children.length === 0 }));

function attach(nodes: DataNode[], key: React.Key, children: DataNode[]): DataNode[] {
  return nodes.map((node) => (node.key === key ? { ...node, children } : node.children ? { ...node, children: attach(node.children, key, children) } : node));
}

/** The unit hierarchy, one level per request as branches open (a region can hold thousands). */
export function UnitTree({ selectedId, onSelect }: { selectedId: string | undefined; onSelect: (id: string | undefined, name?: string) => void }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(UNIT_TREE_LEVEL, { variables: { filter: { rootsOnly: true } } });
  const [tree, setTree] = useState<DataNode[]>([]);
  const [expanded, setExpanded] = useState<React.Key[]>([]);

  useEffect(() => {
    if (!data) return;
    setTree(toNodes(data.units.nodes));
    // the demo's chain 自治区 → 盟市 → 旗县 opens by itself down to the first level with several units
    setExpanded(data.units.nodes.length === 1 ? [data.units.nodes[0]!.id] : []);
  }, [data]);

  const loadData = async (node: EventDataNode<DataNode>) => {
    if (node.children) return;
    const result = await client.query({ query: UNIT_TREE_LEVEL, variables: { filter: { parentId: String(node.key) } } });
    const level = result.data?.units.nodes ?? [];
    setTree((current) => attach(current, node.key, toNodes(level)));
    if (level.length === 1) setExpanded((keys) => [...keys, level[0]!.id]);
  };

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && tree.length === 0) return <Skeleton active />;
  return (
    <Tree
      showLine
      blockNode
      treeData={tree}
      loadData={loadData}
      expandedKeys={expanded}
      onExpand={setExpanded}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys, info) => onSelect(keys[0] ? String(keys[0]) : undefined, typeof info.node.title === 'string' ? info.node.title : undefined)}
    />
  );
}
