// Pack: meetings
// Who met whom. MET is stored once per pair, so patterns here ignore its direction.

// name: network
// question: What is the meeting network: which pairs met, how many documents report it, and when first?
// param: limit = 200  pairs at most, the most reported first
MATCH (one:Entity)-[meeting:MET]->(other:Entity)
RETURN one.name AS person, one.nameAr AS personAr, other.name AS met, other.nameAr AS metAr,
       size(meeting.documents) AS documents, meeting.date AS firstDate, meeting.status AS status
ORDER BY documents DESC, person, met
LIMIT $limit;

// name: network-graph
// question: The meeting network as a graph, to look at in Neo4j Browser's graph view.
// param: limit = 300  relationships at most
MATCH path = (:Entity)-[:MET]->(:Entity)
RETURN path
LIMIT $limit;

// name: met-with
// question: Who met a given person, when, and what sentence says so?
// param: person = "vladimir_putin"  the person's entity id
MATCH (person:Entity {id: $person})-[meeting:MET]-(other:Entity)
MATCH (evidence:Evidence {relation: meeting.id})
RETURN other.name AS met, other.nameAr AS metAr, evidence.date AS date, evidence.status AS status,
       evidence.document AS document, evidence.text AS sentence
ORDER BY date, met, document;

// name: at-place
// question: Who met whom at a given place (both reported there, or one of them, in the document that reports the meeting)?
// param: place = "beijing"  the place's entity id
MATCH (place:Entity {id: $place})
MATCH (one:Entity)-[meeting:MET]->(other:Entity)
MATCH (evidence:Evidence {relation: meeting.id})
WHERE EXISTS {
  MATCH (visitor:Entity)-[visit:VISITED]->(place)
  WHERE visitor IN [one, other]
    AND EXISTS { MATCH (:Evidence {relation: visit.id, document: evidence.document}) }
}
RETURN one.name AS person, one.nameAr AS personAr, other.name AS met, other.nameAr AS metAr,
       evidence.date AS date, evidence.document AS document, evidence.text AS sentence
ORDER BY date, person, met;
