// Prints the script-tag bundle's size and fails past its budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Gzip budgets in bytes, set just above what the build reaches: raise them only with a reason. */
const budgets = {
  'dist/pm-pathways.js': 19200,
};

export function sizes(code) {
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

let failed = false;
for (const [file, budget] of Object.entries(budgets)) {
  const { min, gzip, brotli } = sizes(readFileSync(file));
  const over = gzip > budget;
  failed ||= over;
  console.log(`${over ? 'OVER BUDGET' : 'size ok'}: ${file}: ${min} B min, ${gzip} B gzip (budget ${budget}), ${brotli} B brotli`);
}
if (failed) process.exitCode = 1;
