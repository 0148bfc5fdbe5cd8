// The Content-Security-Policy of every page: a constant of the code, the same whatever the data says. Scripts and
// styles come from this site only, never inline. Pages carry it in a meta tag (src/components/DocumentHead.astro);
// the build checks every page against it and sends it as a header (src/build/csp.ts, src/build/headers.ts).
export const POLICY = [
  "default-src 'self'",
  // Pagefind (the search page) runs its index as WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval().
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // data: for the favicon, inlined in every page so that no page waits on a request for it.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
