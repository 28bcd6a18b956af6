import { z } from 'zod';
import { defineContract, method } from '../define';

/**
 * Small services of the desktop around the library: showing a file the app wrote in the
 * OS file manager, or opening it with its default application.
 */
export const systemContract = defineContract('system', {
  reveal: method<{ path: string }>()(
    z.strictObject({ path: z.string().min(1).max(4096), action: z.enum(['open', 'show']) }),
  ),
});
