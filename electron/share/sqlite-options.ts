/**
 * better-sqlite3 options for the connections share/ opens itself (bundle files, in-memory
 * schema references). Under Electron the addon is not the one npm built for Node: the shell
 * points BRIEFING_SQLITE_BINDING at the right one (see library/native-binding.ts), and worker
 * threads inherit that environment.
 */
export function sqliteOptions(nativeBinding = process.env.BRIEFING_SQLITE_BINDING): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {};
}
