// Pack: provenance
// The sentences behind the graph: every relationship carries an id, and Evidence nodes with that id hold
// the exact character spans (UTF-16 offsets into the document text) they were read from.

// name: sentences-behind
// question: What sentences, in which documents, support a given relationship (by its id)?
// param: relation = "kim_jong_un-VISITED-russia"  the relationship's id (source-TYPE-target)
MATCH (evidence:Evidence {relation: $relation})-[:SUPPORTS]->(document:Document)
RETURN document.name AS document, document.title AS title, document.date AS published, evidence.start AS start,
       evidence.end AS end, evidence.status AS status, evidence.text AS sentence
ORDER BY document, start;

// name: between
// question: What connects two given entities, in either direction, and on what evidence?
// param: one = "kim_jong_un"  an entity id
// param: other = "vladimir_putin"  another entity id
MATCH (a:Entity {id: $one})-[relationship]-(b:Entity {id: $other})
MATCH (evidence:Evidence {relation: relationship.id})
RETURN type(relationship) AS type, startNode(relationship).id AS source, endNode(relationship).id AS target,
       evidence.status AS status, evidence.document AS document, evidence.text AS sentence
ORDER BY type, document;

// name: mentions-in
// question: Which entities does a given document mention, how often, and where (character offsets)?
// param: document = "kim-vladivostok.txt"  the document's name
MATCH (document:Document {name: $document})-[mention:MENTIONS]->(entity:Entity)
RETURN entity.id AS id, entity.type AS type, entity.name AS name, entity.nameAr AS nameAr, mention.count AS mentions,
       mention.starts AS starts, mention.texts AS texts
ORDER BY mention.starts[0];
