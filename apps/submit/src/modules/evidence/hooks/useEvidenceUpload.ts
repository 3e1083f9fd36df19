import { useSessionEvents, type UploadEvidenceFn } from '@govtrust/ui';
import { useMemo } from 'react';
import { createEvidenceUpload } from '../utils/uploadEvidence';

/** The uploader's XHR send function, wired to the session: a 401 sends the user back to login. */
export function useEvidenceUpload(): UploadEvidenceFn {
  const events = useSessionEvents();
  return useMemo(() => createEvidenceUpload({ onUnauthenticated: () => events.emit('UNAUTHENTICATED') }), [events]);
}
