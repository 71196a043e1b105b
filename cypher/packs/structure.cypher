// Pack: structure
// The shape of the graph: hubs, paths between entities, and what is talked about together.

// name: most-connected
// question: Which entities have the most distinct counterparts, across all relationship types?
// param: limit = 25  entities at most
MATCH (entity:Entity)-[relationship]-(other:Entity)
RETURN entity.id AS id, entity.type AS type, entity.name AS name, entity.nameAr AS nameAr,
       count(DISTINCT other) AS counterparts, count(relationship) AS relationships
ORDER BY counterparts DESC, relationships DESC, id
LIMIT $limit;

// name: shortest-path
// question: How are two entities connected: the shortest chain of relationships between them, in either direction?
// param: from = "kim_jong_un"  an entity id
// param: to = "united_states"  another entity id
MATCH (start:Entity {id: $from})
WITH start
MATCH (goal:Entity {id: $to})
MATCH path = shortestPath((start)-[:VISITED|MET|ACCOMPANIED|ACCUSED|DENIED|WARNED|HOLDS_ROLE*..8]-(goal))
RETURN [node IN nodes(path) | coalesce(node.name, node.nameAr)] AS chain,
       [relationship IN relationships(path) | type(relationship)] AS types, length(path) AS hops, path;

// name: co-mentioned
// question: Which entities are mentioned in the same articles as a given entity, and in how many?
// param: entity = "kim_jong_un"  the entity's id
// param: limit = 25  entities at most
MATCH (entity:Entity {id: $entity})<-[:MENTIONS]-(document:Document)-[:MENTIONS]->(other:Entity)
WHERE other <> entity
RETURN other.id AS id, other.type AS type, other.name AS name, other.nameAr AS nameAr, count(document) AS documents
ORDER BY documents DESC, id
LIMIT $limit;

// name: co-mention-pairs
// question: Which pairs of entities are mentioned together most often?
// param: limit = 25  pairs at most
MATCH (one:Entity)<-[:MENTIONS]-(document:Document)-[:MENTIONS]->(other:Entity)
WHERE one.id < other.id
RETURN one.name AS one, one.nameAr AS oneAr, other.name AS other, other.nameAr AS otherAr, count(document) AS documents
ORDER BY documents DESC, one, other
LIMIT $limit;

// name: neighbourhood
// question: Everything directly related to a given entity, as a graph for Neo4j Browser's graph view.
// param: entity = "kim_jong_un"  the entity's id
MATCH path = (:Entity {id: $entity})-[]-(:Entity)
RETURN path;
