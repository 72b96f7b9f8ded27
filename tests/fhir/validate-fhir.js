// SPDX-License-Identifier: GPL-3.0-or-later
// Validates a FHIR JSON document against the HL7 FHIR R4 JSON schema, offline, for tests/fhir.
//
//   node validate-fhir.js NODE_MODULES SCHEMA FILE
//
// NODE_MODULES is packaging/test-tools/node_modules (where ajv is), SCHEMA the fhir.schema.json
// of FHIR R4. FILE holds one resource; a Bundle is checked as a whole and then each
// entry.resource on its own against the definition of its resourceType, so a failure names
// the entry. Prints one line per problem. Exit status: 0 valid, 1 invalid, 2 cannot validate
// (missing tools, a schema that is not FHIR R4 4.0.1, a file that is not JSON).
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

function cannot(message) {
    process.stderr.write(`validate-fhir: ${message}\n`);
    process.exit(2);
}

if (process.argv.length !== 5)
    cannot('usage: node validate-fhir.js NODE_MODULES SCHEMA FILE');
const [modulesDir, schemaPath, filePath] = process.argv.slice(2);

function readJson(file, what) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch (e) {
        cannot(`cannot read the ${what} ${file}: ${e.message}`);
    }
    try {
        return JSON.parse(text);
    } catch (e) {
        cannot(`the ${what} ${file} is not JSON: ${e.message}`);
    }
}

let Ajv;
let draft06;
try {
    const requireTool = createRequire(path.join(path.resolve(modulesDir), 'package.json'));
    Ajv = requireTool('ajv');
    draft06 = requireTool('ajv/lib/refs/json-schema-draft-06.json');
} catch (e) {
    cannot(`ajv is not installed in ${modulesDir} (${e.message})`);
}

const schema = readJson(schemaPath, 'schema');
// Refuse any other schema rather than pass against it: the R4 schema's id, and 4.0.1 among the
// FHIR versions it knows (4.0.0's schema lacks it).
const versions = (((schema.definitions || {}).CapabilityStatement || {}).properties || {})
    .fhirVersion;
if (schema.id !== 'http://hl7.org/fhir/json-schema/4.0' || !versions
    || !(versions.enum || []).includes('4.0.1'))
    cannot(`${schemaPath} is not the FHIR R4 (4.0.1) JSON schema`);
const resourceTypes = Object.keys((schema.discriminator || {}).mapping || {});

const ajv = new Ajv({ schemaId: 'auto', allErrors: true, jsonPointers: true, logger: false });
ajv.addMetaSchema(draft06);
ajv.addSchema(schema);

const document = readJson(filePath, 'file');
const problems = [];

function describe(errors) {
    // A failed oneOf reports every alternative it tried; the specific errors come first and
    // say more, so show a few of them.
    return errors.filter((e) => e.keyword !== 'oneOf')
        .slice(0, 5)
        .map((e) => `${e.dataPath || '/'} ${e.message}${
            e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`)
        .join('; ');
}

function check(where, value, definition) {
    const ref = definition ? `${schema.id}#/definitions/${definition}` : schema.id;
    if (!ajv.validate(ref, value))
        problems.push(`${where}: ${describe(ajv.errors) || ajv.errorsText()}`);
}

function checkResource(where, resource) {
    const type = resource && typeof resource === 'object' ? resource.resourceType : undefined;
    if (!resourceTypes.includes(type)) {
        problems.push(`${where}: resourceType ${JSON.stringify(type)} is not a FHIR R4 resource`);
        return;
    }
    check(`${where} (${type})`, resource, type);
}

// The document against its own definition first: a failed check against the whole schema's
// oneOf lists every resource type it tried, which says less.
checkResource('document', document);
if (problems.length === 0)
    check('document', document);
let checked = 1;
if (document && document.resourceType === 'Bundle' && Array.isArray(document.entry)) {
    document.entry.forEach((entry, i) => {
        checkResource(`entry ${i}`, entry && entry.resource);
        checked += 1;
    });
}

for (const p of problems)
    process.stdout.write(`invalid: ${p}\n`);
if (problems.length > 0)
    process.exit(1);
process.stdout.write(`valid: ${checked} resources against ${schema.id}\n`);
