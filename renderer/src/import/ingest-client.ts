/**
 * The import dialog's view of the ingest IPC domain (preview / commit / pickFiles), in one
 * place so the dialog does not depend on the wire shape.
 */
import { briefing, unwrap } from '../api/briefing';

export interface Suggested {
  name: string;
  confidence: number;
  type?: string;
}

export type ItemStatus = 'ready' | 'duplicate' | 'refused';

export interface PreviewItem {
  key: string;
  /** File name or "Pasted text". */
  label: string;
  status: ItemStatus;
  /** Why a file was refused, or which summary it duplicates. */
  reason?: string;
  title: string;
  date: string | null;
  city: string | null;
  country: string | null;
  forums: Suggested[];
  actors: Suggested[];
  themes: Suggested[];
  keyPoints: string[];
  removed: string[];
}

export interface ItemEdits {
  title: string;
  date: string | null;
  city: string | null;
  country: string | null;
}

export type ImportSource = { kind: 'file'; path: string } | { kind: 'text'; name: string; text: string } | { kind: 'bytes'; name: string; base64: string };

interface IngestWire {
  pickFiles(req: object): Promise<import('../../../electron/ipc/result').Result<string[]>>;
  preview(req: object): Promise<import('../../../electron/ipc/result').Result<unknown>>;
  commit(req: object): Promise<import('../../../electron/ipc/result').Result<unknown>>;
}

function wire(): IngestWire {
  return (briefing() as unknown as { ingest: IngestWire }).ingest;
}

export async function pickFiles(): Promise<string[]> {
  return unwrap(wire().pickFiles({}));
}

export async function preview(sources: ImportSource[], operationId: string): Promise<PreviewItem[]> {
  return (await unwrap(wire().preview({ sources, operationId }))) as PreviewItem[];
}

export async function commit(items: Array<{ key: string; edits?: ItemEdits }>, operationId: string): Promise<{ added: number; duplicates: number }> {
  return (await unwrap(wire().commit({ items, operationId }))) as { added: number; duplicates: number };
}
