// A rollup plugin: collapses the CSS in the template literals of *.styles.ts
// files (comments, indentation, spaces around punctuation). esbuild minifies
// the JavaScript but leaves strings alone.
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssPlugin() {
  return {
    name: 'pm-minify-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      // Every template literal in a styles file is CSS; ${…} holes are kept as written.
      return { code: code.replace(/`([^`]*)`/g, (_, body) => `\`${body.split(/(\$\{[^}]*\})/).map((piece, i) => (i % 2 ? piece : minifyCss(piece))).join('')}\``), map: null };
    },
  };
}
