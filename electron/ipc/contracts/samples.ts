import { z } from 'zod';
import type { ImportReport } from '../../ingest/ingest-types';
import { operationIdSchema } from '../../../common/primitives';
import { defineContract, method } from '../define';

/**
 * The sample library offered by a new, empty library: the articles in resources/samples/*.txt,
 * imported through the ordinary import service (extraction, dedup, an import record), so
 * loading it twice adds nothing the second time.
 */
export const samplesContract = defineContract('samples', {
  load: method<ImportReport>()(z.strictObject({ operationId: operationIdSchema.optional() }).optional()),
});
