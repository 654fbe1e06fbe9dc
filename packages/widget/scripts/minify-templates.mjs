// esbuild plugin: collapses the whitespace inside lit's html`` and css`` templates. HTML
// collapses runs of whitespace anyway (the widget has no <pre>, and its <textarea> is filled by
// a property binding), so one space keeps the rendering identical at a smaller size.
import { readFile } from 'node:fs/promises';

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyHtml(text) {
  return text.replace(/\s+/g, ' ').replace(/>\s+</g, '><');
}

/**
 * Scans TypeScript source and rewrites the static parts of tagged templates. Tracks strings,
 * comments, template nesting and `${}` expressions so nested templates are handled too.
 */
export function minifySource(src) {
  let out = '';
  let i = 0;
  const n = src.length;

  function copyString(quote) {
    let s = src[i++];
    while (i < n && src[i] !== quote) {
      if (src[i] === '\\') s += src[i++];
      s += src[i++];
    }
    s += src[i++] ?? '';
    return s;
  }

  // Reads a template starting after the backtick; returns the rewritten text up to and including the closing backtick.
  function template(tag) {
    let result = '';
    let chunk = '';
    const flush = () => {
      result += tag === 'css' ? minifyCss(chunk) : tag === 'html' ? minifyHtml(chunk) : chunk;
      chunk = '';
    };
    while (i < n) {
      const c = src[i];
      if (c === '\\') {
        chunk += c + src[i + 1];
        i += 2;
      } else if (c === '`') {
        flush();
        i++;
        return `${result}\``;
      } else if (c === '$' && src[i + 1] === '{') {
        flush();
        i += 2;
        result += `\${${code(true)}}`;
      } else {
        chunk += c;
        i++;
      }
    }
    flush();
    return result;
  }

  // Copies code; inside an expression, stops at the matching closing brace.
  function code(inExpression) {
    let result = '';
    let depth = 0;
    while (i < n) {
      const c = src[i];
      if (c === "'" || c === '"') {
        result += copyString(c);
      } else if (c === '/' && src[i + 1] === '/') {
        const end = src.indexOf('\n', i);
        const stop = end === -1 ? n : end;
        result += src.slice(i, stop);
        i = stop;
      } else if (c === '/' && src[i + 1] === '*') {
        const end = src.indexOf('*/', i + 2);
        const stop = end === -1 ? n : end + 2;
        result += src.slice(i, stop);
        i = stop;
      } else if (c === '`') {
        const tagMatch = /(?:\b(html|css))\s*$/.exec(result);
        i++;
        result += `\`${template(tagMatch ? tagMatch[1] : '')}`;
      } else if (c === '{') {
        depth++;
        result += c;
        i++;
      } else if (c === '}') {
        if (inExpression && depth === 0) {
          i++;
          return result;
        }
        depth--;
        result += c;
        i++;
      } else {
        result += c;
        i++;
      }
    }
    return result;
  }

  out = code(false);
  return out;
}

export const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: minifySource(source), loader: 'ts' };
    });
  },
};
