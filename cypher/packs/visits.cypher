// Pack: visits
// Who went where, when, whether it happened or was only announced, and on whose word.

// name: who-visited-where
// question: Who visited where, when, with what status, and which documents say so?
// param: limit = 100  rows at most, latest first (visits the text gives no date for last)
MATCH (visitor:Entity)-[visit:VISITED]->(place:Entity)
RETURN visitor.name AS visitor, visitor.nameAr AS visitorAr, place.name AS place, place.nameAr AS placeAr,
       visit.date AS date, visit.status AS status, visit.documents AS documents
ORDER BY date IS NULL, date DESC, visitor, place
LIMIT $limit;

// name: timeline
// question: Where did a given person go, in date order, and what sentence reports each visit?
// param: person = "vladimir_putin"  the visitor's entity id (overview/find-entity finds it)
MATCH (visitor:Entity {id: $person})-[visit:VISITED]->(place:Entity)
MATCH (evidence:Evidence {relation: visit.id})
RETURN coalesce(evidence.date, visit.date) AS date, place.name AS place, place.nameAr AS placeAr,
       evidence.status AS status, evidence.document AS document, evidence.text AS sentence
ORDER BY date, document, place;

// name: visitors-of
// question: Who visited a given place (a country, city or site), how often and when first?
// param: place = "russia"  the place's entity id
MATCH (visitor:Entity)-[visit:VISITED]->(place:Entity {id: $place})
RETURN visitor.name AS visitor, visitor.nameAr AS visitorAr, visit.status AS status, visit.date AS firstDate,
       visit.evidenceCount AS reports, visit.documents AS documents
ORDER BY reports DESC, visitor;

// name: planned
// question: Which visits are announced, expected or intended but not reported as made?
MATCH (visitor:Entity)-[visit:VISITED {status: 'planned'}]->(place:Entity)
RETURN visitor.name AS visitor, visitor.nameAr AS visitorAr, place.name AS place, place.nameAr AS placeAr,
       visit.date AS date, visit.documents AS documents
ORDER BY date IS NULL, date DESC, visitor, place;

// name: places-on-map
// question: Where did visitors go, on a map: every visited place that has a point, with its visits (visitor, date, status, evidence count)?
// param: limit = 500  places at most, the most visited first
MATCH (visitor:Entity)-[visit:VISITED]->(place:Entity)
WHERE place.location IS NOT NULL
WITH place, visitor, visit ORDER BY visitor.id
WITH place, collect({visitor: visitor.id, visitorName: visitor.name, visitorNameAr: visitor.nameAr, date: visit.date,
                     status: visit.status, evidenceCount: visit.evidenceCount}) AS visits
RETURN place.id AS id, place.name AS place, place.nameAr AS placeAr, place.type AS type,
       place.location.latitude AS latitude, place.location.longitude AS longitude, place.country AS country,
       place.geonames AS geonames, size(visits) AS visitCount, visits
ORDER BY visitCount DESC, id
LIMIT $limit;
