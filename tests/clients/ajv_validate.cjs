// Validates YAML documents against a JSON Schema with ajv in strict mode
// (ajv-formats for the standard formats). YAML is read with YAML 1.2's core
// schema, as yaml-language-server reads it: a date stays text, `1.1` is a
// number. Prints "FILE: valid" or "FILE: invalid ERRORS", a line each.
// Usage: node ajv_validate.cjs SCHEMA FILE...
const { readFileSync } = require("node:fs");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");
const yaml = require("js-yaml");

const [schemaPath, ...files] = process.argv.slice(2);
// Union types (`["string", "null"]`) are draft-07 itself; strict mode only
// asks that they be allowed by name.
const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
for (const file of files) {
  const data = yaml.load(readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA });
  const valid = validate(data);
  console.log(`${file}: ${valid ? "valid" : "invalid " + ajv.errorsText(validate.errors)}`);
}
