/**
 * The court a source's config names, checked against the court table (`src/courts.ts`) rather than
 * by shape: CM/ECF ids run from `ca6` to `nebraskab`, and an id the table does not know would poll
 * an address that is no court's.
 */
import { z } from 'zod';
import { findCourt } from '../src/courts.ts';

export const courtIdSchema = z
  .string()
  .refine(
    (id) => findCourt(id)?.id === id,
    'a CM/ECF court id such as mied (lower case, as in the court table)',
  );
