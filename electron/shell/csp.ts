/**
 * The renderer's Content-Security-Policy. Everything the app needs comes from its own
 * origin (app://briefing in Electron, the loopback bridge in tests); nothing is ever
 * fetched from anywhere else, so every directive is 'self' or 'none'.
 *
 * style-src allows no inline <style> blocks: Vite emits CSS files, and React's `style`
 * prop writes through the CSSOM, which CSP does not restrict.
 */
export interface CspOptions {
  /** Headers may carry frame-ancestors; a <meta> policy must not (browsers ignore and warn). */
  forHeader: boolean;
}

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export function contentSecurityPolicy(options: CspOptions = { forHeader: true }): string {
  const directives = options.forHeader ? [...DIRECTIVES, ['frame-ancestors', "'none'"] as const] : DIRECTIVES;
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The same policy as a <meta> tag, for pages whose headers we do not control (defence in depth). */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ forHeader: false })}">`;
}
