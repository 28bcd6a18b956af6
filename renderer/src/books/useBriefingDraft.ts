import { useCallback, useEffect, useRef, useState } from 'react';
import { readableError } from '../api/briefing';
import { TYPING_MS } from './useBookEditor';

/**
 * An editable copy of briefing text (an item's notes, the front matter): loaded once, saved
 * when typing pauses (as the title is), and on leaving. `problem` holds a save back: while it
 * names something to fix, the stored text stays as it was.
 */
export function useBriefingDraft<T>(load: () => Promise<T>, save: (value: T) => Promise<unknown>, problem: (value: T) => string | undefined) {
  const [draft, setDraft] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const latest = useRef<T | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  const problemRef = useRef(problem);
  problemRef.current = problem;

  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (!live) return;
        latest.current = value;
        setDraft(value);
      },
      (e: unknown) => live && setLoadError(readableError(e)),
    );
    return () => {
      live = false;
    };
    // Loaded once per editor: later changes come from this editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const value = latest.current;
    if (!dirty.current || value === null || problemRef.current(value)) return;
    dirty.current = false;
    void saveRef.current(value);
  }, []);

  const change = useCallback(
    (next: T) => {
      latest.current = next;
      dirty.current = true;
      setDraft(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, TYPING_MS);
    },
    [flush],
  );

  useEffect(() => flush, [flush]);

  return { draft, change, flush, loadError };
}

/** A text over its limit, in words. */
export function lengthProblem(label: string, text: string, max: number): string | undefined {
  return text.length > max ? `${label} is ${text.length} characters long; at most ${max} are kept. Shorten it by ${text.length - max} to save it.` : undefined;
}
