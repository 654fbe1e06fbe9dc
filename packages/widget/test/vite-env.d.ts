// Types for the files the tests import through Vite's `?inline` and `?raw` suffixes.
declare module '*?inline' {
  const css: string;
  export default css;
}
declare module '*?raw' {
  const text: string;
  export default text;
}
