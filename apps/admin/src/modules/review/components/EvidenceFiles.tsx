import { useQuery } from '@apollo/client/react';
import { describeError, EvidencePreview } from '@govtrust/ui';
import { Alert, Empty, Flex, Skeleton } from 'antd';
import { EVIDENCE } from '../graphql/queries/evidenceQuery';

/** The API's download route; `inline=1` lets the browser show PDFs and images in place. */
export const evidenceUrl = (id: string, inline = false) => `/files/evidence/${encodeURIComponent(id)}${inline ? '?inline=1' : ''}`;

function EvidenceItem({ id }: { id: string }) {
  const { data, loading, error } = useQuery(EVIDENCE, { variables: { id } });
  if (loading && !data) return <Skeleton active />;
  if (error || !data) return <Alert type="error" showIcon title={describeError(error).message} />;
  const file = data.evidence;
  return (
    <div data-testid="evidence-item">
      <EvidencePreview url={evidenceUrl(file.id, true)} downloadUrl={evidenceUrl(file.id)} mime={file.mime} name={file.originalName} size={file.size} />
    </div>
  );
}

/** Every evidence file of a submission, each previewed in place. */
export function EvidenceFiles({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未上传佐证材料" />;
  return (
    <Flex vertical gap={12}>
      {ids.map((id) => (
        <EvidenceItem key={id} id={id} />
      ))}
    </Flex>
  );
}
