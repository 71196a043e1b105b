// Constraints and lookup indexes of the graph (cypher/README.md). Idempotent: every
// statement is IF NOT EXISTS. The Neo4j store applies this file at start, one statement
// per `;`, each in its own transaction.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (entity:Entity) REQUIRE entity.id IS UNIQUE;
CREATE CONSTRAINT document_name IF NOT EXISTS FOR (document:Document) REQUIRE document.name IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (evidence:Evidence) REQUIRE evidence.key IS UNIQUE;

CREATE INDEX entity_name_ar IF NOT EXISTS FOR (entity:Entity) ON (entity.nameAr);
CREATE INDEX entity_type IF NOT EXISTS FOR (entity:Entity) ON (entity.type);
CREATE INDEX evidence_relation IF NOT EXISTS FOR (evidence:Evidence) ON (evidence.relation);
CREATE INDEX evidence_document IF NOT EXISTS FOR (evidence:Evidence) ON (evidence.document);

// Places by where they are: point.distance and point.withinBBox on entity.location use it.
CREATE POINT INDEX entity_location IF NOT EXISTS FOR (entity:Entity) ON (entity.location);
