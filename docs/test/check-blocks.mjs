// Type-checks the guide blocks together, against the built packages' published types.
import ts from 'typescript';

// JavaScript blocks are checked as an editor checks a `// @ts-check` file without strict mode: wrong
// names, properties and argument types are errors, while idioms such as using the result of
// `querySelector` without a null check are not. TypeScript blocks are checked strictly.
export function typeCheck(files, { strict = true, globals = [] } = {}) {
  if (files.length === 0) return [];
  const program = ts.createProgram([...files, ...globals], {
    strict,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    skipLibCheck: true,
    noUncheckedIndexedAccess: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !globals.includes(d.file?.fileName))
    .map((d) => {
      // A block's file by its short name (guide-nn.ts); anything else (a package's types) by its full path.
      const file = d.file ? (d.file.fileName.includes('/temp/examples/') ? d.file.fileName.split('/').pop() : d.file.fileName) : '';
      const where = d.file ? `${file}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

/** TypeScript to plain ESM for running (types are checked separately). */
export function toJs(code) {
  return ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
}
