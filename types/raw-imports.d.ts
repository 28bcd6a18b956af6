// SQL migrations and other text assets are bundled as strings (`?raw`), by Vite in tests
// and by the esbuild raw-text plugin in scripts/build-node.mjs.
declare module '*?raw' {
  const text: string;
  export default text;
}
