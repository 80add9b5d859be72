// After `tsc -p tsconfig.build.json`: copies the files the compiled code reads next to itself (the scorer's
// weights) from src/ into dist/src/. Plain JavaScript, since it runs before anything is compiled.
import { cpSync } from 'node:fs';

cpSync('src', 'dist/src', { recursive: true, filter: (path) => !path.endsWith('.ts') });
