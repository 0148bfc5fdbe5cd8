// The first step of `npm test`: the Debian packages the tests drive (Chromium, a Chinese font for it, LibreOffice Calc,
// Python), installed when missing where the command may install them, else one line naming what to install and exit 1.
//   node scripts/prerequisites.ts
import { ensurePrerequisites } from './lib/prerequisites.ts';

try {
  ensurePrerequisites((line) => console.log(`prerequisites: ${line}`));
} catch (e) {
  console.error(`prerequisites: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
