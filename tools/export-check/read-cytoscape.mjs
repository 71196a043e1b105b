// Loads a Cytoscape.js JSON export into Cytoscape.js (headless) and prints what it holds, as JSON:
//   node read-cytoscape.mjs graph.cyjs
// {"nodes":[{"id","label","classes":[...]}], "edges":[{"id","source","target","label","classes":[...]}]}
// Cytoscape.js refuses an edge whose source or target is not a node, so a broken export fails here.
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';

const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const cy = cytoscape({ headless: true, elements: data.elements });
const summary = {
  nodes: cy.nodes().map((node) => ({ id: node.id(), label: node.data('label'), data: node.data(), classes: node.classes() })),
  edges: cy.edges().map((edge) => ({
    id: edge.id(), source: edge.source().id(), target: edge.target().id(), label: edge.data('label'), data: edge.data(), classes: edge.classes(),
  })),
};
process.stdout.write(JSON.stringify(summary));
