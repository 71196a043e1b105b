// Pack: sources
// On whose word each claim rests: the outlets and officials articles cite (attributedTo), and the
// documents behind each relationship.

// name: attributions
// question: Which outlets or officials is each claim attributed to?
// param: limit = 200  rows at most
MATCH (subject:Entity)-[claim]->(object:Entity)
WHERE size(coalesce(claim.attributedTo, [])) > 0
UNWIND claim.attributedTo AS sourceId
MATCH (source:Entity {id: sourceId})
RETURN source.name AS source, source.nameAr AS sourceAr, type(claim) AS type, subject.name AS subject,
       object.name AS object, claim.status AS status, claim.documents AS documents
ORDER BY source, type, subject, object
LIMIT $limit;

// name: outlets
// question: Which outlets and officials are cited most, and for which kinds of claims?
MATCH (:Entity)-[claim]->(:Entity)
WHERE size(coalesce(claim.attributedTo, [])) > 0
UNWIND claim.attributedTo AS sourceId
MATCH (source:Entity {id: sourceId})
WITH source, type(claim) AS type, count(*) AS claims
WITH source, sum(claims) AS total, collect(type + ': ' + toString(claims)) AS byType
RETURN source.name AS source, source.nameAr AS sourceAr, source.type AS kind, total, byType
ORDER BY total DESC, source;

// name: single-source
// question: Which claims (accusations, denials, warnings, visits, meetings) rest on a single document?
// param: limit = 200  rows at most
MATCH (subject:Entity)-[claim]->(object:Entity)
WHERE type(claim) <> 'HOLDS_ROLE' AND size(claim.documents) = 1
MATCH (evidence:Evidence {relation: claim.id})
RETURN type(claim) AS type, subject.name AS subject, object.name AS object, claim.status AS status,
       evidence.document AS document, evidence.text AS sentence
ORDER BY type, subject, object
LIMIT $limit;
