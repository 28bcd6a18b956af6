import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { briefing } from './briefing';

interface LibraryVersion {
  /** Grows whenever the library changed (here or in the main process); views reload on it. */
  version: number;
  changed(): void;
}

const Ctx = createContext<LibraryVersion>({ version: 0, changed: () => {} });

export function useLibraryVersion(): LibraryVersion {
  return useContext(Ctx);
}

export function LibraryVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  useEffect(() => briefing().on('library:changed', () => setVersion((v) => v + 1)), []);
  const value = useMemo(() => ({ version, changed: () => setVersion((v) => v + 1) }), [version]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
