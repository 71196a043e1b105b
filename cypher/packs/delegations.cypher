// Pack: delegations
// Who travelled with whom. ACCOMPANIED goes from the companion to the principal.

// name: entourage
// question: Who accompanied a given person, and on which visit (the places the principal visited in the same document)?
// param: person = "kim_jong_un"  the principal's entity id
MATCH (companion:Entity)-[accompanied:ACCOMPANIED]->(principal:Entity {id: $person})
MATCH (evidence:Evidence {relation: accompanied.id})
OPTIONAL MATCH (principal)-[visit:VISITED]->(place:Entity)
  WHERE EXISTS { MATCH (:Evidence {relation: visit.id, document: evidence.document}) }
WITH companion, evidence, place
ORDER BY place.name
WITH companion, evidence, collect(DISTINCT coalesce(place.name, place.nameAr)) AS visits
RETURN companion.name AS companion, companion.nameAr AS companionAr, visits, evidence.date AS date,
       evidence.document AS document, evidence.text AS sentence
ORDER BY date, companion, document;

// name: largest
// question: Whose entourages are the largest: principals by number of distinct companions?
// param: limit = 25  principals at most
MATCH (companion:Entity)-[:ACCOMPANIED]->(principal:Entity)
WITH principal, companion
ORDER BY companion.name
RETURN principal.name AS principal, principal.nameAr AS principalAr, count(DISTINCT companion) AS companions,
       collect(DISTINCT coalesce(companion.name, companion.nameAr))[..10] AS examples
ORDER BY companions DESC, principal
LIMIT $limit;

// name: companions-of-companions
// question: Who travels in the same circles: companions who accompanied more than one principal?
MATCH (companion:Entity)-[:ACCOMPANIED]->(principal:Entity)
WITH companion, principal
ORDER BY principal.name
WITH companion, collect(DISTINCT coalesce(principal.name, principal.nameAr)) AS principals
WHERE size(principals) > 1
RETURN companion.name AS companion, companion.nameAr AS companionAr, principals
ORDER BY size(principals) DESC, companion;
