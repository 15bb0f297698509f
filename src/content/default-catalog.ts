import { pinchedNerveLowBackEn } from '../../content/pinched-nerve-low-back/en.js';
import type { Catalog } from './catalog.js';

/** The content that ships with Limber, used when no provider supplies a catalog. */
export const defaultCatalog: Catalog = { topics: [pinchedNerveLowBackEn] };
