import fs from 'node:fs';
import { buildAppSchema, printSdl, schemaFile } from '../schema.js';

const sdl = printSdl(await buildAppSchema());
fs.writeFileSync(schemaFile, sdl);
console.log(`Wrote ${schemaFile}`);
