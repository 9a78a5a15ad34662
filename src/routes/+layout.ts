// The whole app runs on the device: no server rendering, every route served by the SPA fallback.
export const ssr = false;
export const prerender = false;
