// Checks Cypher with Neo4j's own front end (@neo4j-cypher/language-support, lintCypherQuery).
//
//   node lint.mjs <inventory.json> [<file or folder of .cypher>...]
//
// inventory.json is what `kg dump-cypher` writes: the graph schema taken from the code (labels,
// relationship types, property keys, which relationship joins which labels) and every Cypher text the
// program generates or ships, each with the parameters it declares. Files and folders given after it
// are linted whole, as a user would paste them into Neo4j Browser, with the parameters their
// "// param:" headers declare. Every text is linted as Cypher 5 and as Cypher 25. Any diagnostic,
// warning or error, fails the run (exit code 1).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const here = fileURLToPath(new URL('.', import.meta.url));
const builtins = JSON.parse(readFileSync(join(here, 'builtins.json'), 'utf8'));

function registry(names, make) {
  return Object.fromEntries(names.map((name) => [name, make(name)]));
}

const functions = registry(builtins.functions, (name) => ({
  name, category: 'builtin', description: '', isBuiltIn: true, argumentDescription: [], returnDescription: '',
  signature: `${name}()`, aggregating: false, isDeprecated: false,
}));
const procedures = registry(builtins.procedures, (name) => ({
  name, description: '', mode: 'READ', worksOnSystem: false, argumentDescription: [], returnDescription: [],
  signature: `${name}()`, admin: false, option: { deprecated: false },
}));

function schemaFor(graph, parameters, version) {
  return {
    labels: graph.labels,
    relationshipTypes: graph.relationshipTypes,
    propertyKeys: graph.propertyKeys,
    graphSchema: graph.graphSchema,
    parameters: Object.fromEntries(parameters.map((name) => [name, null])),
    functions: { [version]: functions },
    procedures: { [version]: procedures },
    defaultLanguage: version,
  };
}

function filesUnder(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((entry) => filesUnder(join(path, entry)));
  }
  return path.endsWith('.cypher') ? [path] : [];
}

function declaredParameters(text) {
  return [...text.matchAll(/^\s*\/\/\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/gm)].map((match) => match[1]);
}

function lint(text, parameters, graph) {
  const found = [];
  for (const version of ['CYPHER 5', 'CYPHER 25']) {
    const { diagnostics } = lintCypherQuery(text, schemaFor(graph, parameters, version), { consoleCommandsEnabled: false });
    for (const diagnostic of diagnostics) {
      found.push({ version, diagnostic });
    }
  }
  return found;
}

function location(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}`;
}

const [inventoryPath, ...paths] = process.argv.slice(2);
if (!inventoryPath) {
  console.error('usage: node lint.mjs <inventory.json> [<file or folder of .cypher>...]');
  process.exit(2);
}
const inventory = JSON.parse(readFileSync(inventoryPath, 'utf8'));
const graph = inventory.schema;

// The check must be able to fail: a text with an unknown label and an undefined variable must be reported.
const canary = lint('MATCH (n:NoSuchLabel) RETURN m', [], graph);
if (canary.length === 0) {
  console.error('cypher-lint: the front end reported nothing on a broken query; the check is not working.');
  process.exit(2);
}

const texts = [
  ...inventory.texts,
  ...paths.flatMap(filesUnder).map((file) => {
    const text = readFileSync(file, 'utf8');
    return { origin: relative(process.cwd(), file), text, parameters: declaredParameters(text) };
  }),
];

let failures = 0;
for (const item of texts) {
  const found = lint(item.text, item.parameters, graph);
  if (found.length === 0) {
    continue;
  }
  failures += found.length;
  console.error(`\n${item.origin}:`);
  for (const { version, diagnostic } of found) {
    const severity = diagnostic.severity === 1 ? 'error' : 'warning';
    const at = diagnostic.offsets ? location(item.text, diagnostic.offsets.start) : '';
    const excerpt = diagnostic.offsets ? item.text.slice(diagnostic.offsets.start, Math.min(diagnostic.offsets.end, diagnostic.offsets.start + 60)) : '';
    console.error(`  ${version} ${severity} ${at}: ${diagnostic.message}${excerpt ? ` [${excerpt}]` : ''}`);
  }
}
console.log(`cypher-lint: ${texts.length} Cypher texts checked against ${graph.labels.length} labels, ${graph.relationshipTypes.length} relationship types, ${graph.propertyKeys.length} property keys: ${failures} diagnostic(s).`);
process.exit(failures === 0 ? 0 : 1);
