import { useCallback, useEffect, useRef, useState } from 'react';
import type { DownloadState, MetadataSummary } from '../../../../shared/contract/odata';
import type { EntitySetRow, FunctionImport } from '../../../../shared/domain/odata';
import type { AppError } from '../../../../shared/result';
import { api } from '../../api';

export interface MetadataState {
  summary: MetadataSummary | null;
  sets: EntitySetRow[];
  functionImports: FunctionImport[];
  progress: DownloadState | null;
  busy: boolean;
  error: AppError | null;
  download(req: { language?: string }): Promise<void>;
  cancel(): void;
}

/** The connection's metadata in main: summary and set list, download with polled progress. */
export function useMetadata(connectionId: string): MetadataState {
  const [summary, setSummary] = useState<MetadataSummary | null>(null);
  const [sets, setSets] = useState<EntitySetRow[]>([]);
  const [functionImports, setFunctionImports] = useState<FunctionImport[]>([]);
  const [progress, setProgress] = useState<DownloadState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const alive = useRef(true);

  // Bumped after a download, to read the new summary and set list.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    alive.current = true;
    void Promise.all([api.metadata.summary({ connectionId }), api.metadata.sets({ connectionId })]).then(
      ([s, list]) => {
        if (!alive.current) return;
        setSummary(s.ok ? s.value : null);
        if (list.ok) {
          setSets(list.value.sets);
          setFunctionImports(list.value.functionImports);
        }
      },
    );
    return () => {
      alive.current = false;
    };
  }, [connectionId, version]);

  const download = useCallback(
    async (req: { language?: string }) => {
      setBusy(true);
      setError(null);
      setProgress({ state: 'downloading', bytes: 0, total: null });
      // Progress is polled: a small request every 200 ms while the download runs in main.
      const timer = window.setInterval(() => {
        void api.metadata.progress({ connectionId }).then((r) => {
          if (r.ok && alive.current) setProgress(r.value);
        });
      }, 200);
      try {
        const result = await api.metadata.download({ connectionId, ...req });
        if (!alive.current) return;
        if (result.ok) {
          setProgress({ state: 'done', bytes: result.value.bytes, total: result.value.bytes });
          setVersion((v) => v + 1);
        } else {
          setProgress(null);
          setError(result.error);
        }
      } finally {
        window.clearInterval(timer);
        if (alive.current) setBusy(false);
      }
    },
    [connectionId],
  );

  const cancel = useCallback(() => {
    void api.metadata.cancel({ connectionId });
  }, [connectionId]);

  return { summary, sets, functionImports, progress, busy, error, download, cancel };
}
