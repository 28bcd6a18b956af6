import { useEffect, useRef, useState } from 'react';
import type { Progress } from '../../../electron/ipc/contracts/window-briefing';
import { briefing } from '../api/briefing';

/** An operation id for one bundle call, and the latest 'bundle:progress' event about it. */
export function useBundleProgress(prefix: string): { operationId: string; progress: Progress | null; reset(): void } {
  const operationId = useRef(`${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(
    () =>
      briefing().on('bundle:progress', (p) => {
        if (p.operationId === operationId.current) setProgress(p);
      }),
    [],
  );
  return { operationId: operationId.current, progress, reset: () => setProgress(null) };
}
