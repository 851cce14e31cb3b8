import type { StickyApi } from '../shared/api';

declare global {
  interface Window {
    /** Sticky's API, exposed by the preload. */
    sticky: StickyApi;
  }
}

export {};
