/**
 * Prints the numeric mentions of a text file, one JSON object per line:
 *   npm run extract -- data/sources/000_5f286023386aff3f.txt
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractMentions } from '../src/pipeline/extract/index.ts';

function main(argv: string[]): number {
  let file: string | undefined;
  try {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    file = positionals.length === 1 ? positionals[0] : undefined;
  } catch {
    file = undefined;
  }
  if (file === undefined) {
    process.stderr.write('usage: npm run extract -- FILE\n');
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String(err.code) : 'unreadable';
    process.stderr.write(`extract: cannot read ${file} (${reason})\n`);
    return 1;
  }
  const lines = extractMentions(text).map((m) => JSON.stringify(m));
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
