// Pack: overview
// What is in the graph: how big it is, which documents it was read from, how its relationships divide.

// name: counts
// question: How many nodes of each label and relationships of each type does the graph hold?
CALL () {
  MATCH (node)
  UNWIND labels(node) AS label
  RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH ()-[relationship]->()
  RETURN 'relationship' AS kind, type(relationship) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, count DESC, name;

// name: documents
// question: Which documents have been ingested, when were they published, and how much did each contribute?
// param: limit = 100  documents at most, newest first (undated last)
MATCH (document:Document)
CALL (document) {
  OPTIONAL MATCH (document)-[mention:MENTIONS]->(:Entity)
  RETURN count(mention) AS entities
}
CALL (document) {
  OPTIONAL MATCH (evidence:Evidence)-[:SUPPORTS]->(document)
  RETURN count(evidence) AS relations
}
RETURN document.name AS document, document.title AS title, document.date AS date, document.source AS source,
       entities, relations
ORDER BY date IS NULL, date DESC, document
LIMIT $limit;

// name: relationship-status
// question: How many relationships of each type are reported as having happened, and how many only as planned?
MATCH (:Entity)-[relationship]->(:Entity)
RETURN type(relationship) AS type,
       count(CASE WHEN relationship.status = 'occurred' THEN 1 END) AS occurred,
       count(CASE WHEN relationship.status = 'planned' THEN 1 END) AS planned,
       count(*) AS total
ORDER BY total DESC, type;

// name: find-entity
// question: Which entities match a name (English or Arabic, any alias or id), and what are their ids?
// param: text = "kim"  part of a name, alias or id; English is matched in any case
MATCH (entity:Entity)
WHERE toLower(entity.name) CONTAINS toLower($text)
   OR entity.nameAr CONTAINS $text
   OR entity.id CONTAINS toLower($text)
   OR any(alias IN entity.aliases WHERE alias CONTAINS $text)
CALL (entity) {
  OPTIONAL MATCH (document:Document)-[:MENTIONS]->(entity)
  RETURN count(document) AS documents
}
RETURN entity.id AS id, entity.type AS type, entity.name AS name, entity.nameAr AS nameAr, documents
ORDER BY documents DESC, id
LIMIT 50;
