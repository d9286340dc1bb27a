import fs from 'node:fs';
import { buildAppSchema, printSdl, schemaFile } from '../schema.js';
import { clientAccessFile, printClientAccess } from '../client-access.js';

const schema = await buildAppSchema();
fs.writeFileSync(schemaFile, printSdl(schema));
console.log(`Wrote ${schemaFile}`);
fs.writeFileSync(clientAccessFile, printClientAccess(schema));
console.log(`Wrote ${clientAccessFile}`);
