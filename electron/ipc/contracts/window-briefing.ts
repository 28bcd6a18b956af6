/**
 * `window.briefing` as the renderer sees it, types only: the API object, the result every call
 * returns, and the events the main process pushes. The renderer's door to the IPC contract
 * (each domain's own types are at the end of its contract file); it imports nothing else from
 * electron/.
 */
export type { BriefingApi } from '../api';
export type { EventName, EventPayload, MenuCommand, Progress } from '../events';
export type { Result } from '../result';
