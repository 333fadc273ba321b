/**
 * The fact schema (and zod with it) loads with the first save or pull, not with the
 * participant's first screen: listing facts needs no validation, storing one does.
 * Await it before an IndexedDB transaction opens: an await inside one would end it.
 */
export const loadFactSchema = () => import('../../shared/rating').then((m) => m.factSchema);
