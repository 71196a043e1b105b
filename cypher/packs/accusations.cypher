// Pack: accusations
// Who accused whom of what, who denied it, who warned whom, and on whose word.

// name: who-accused-whom
// question: Who accused whom, of what, and on whose word (the outlets or officials the article cites)?
// param: limit = 100  rows at most, latest first (undated last)
MATCH (accuser:Entity)-[accusation:ACCUSED]->(accused:Entity)
OPTIONAL MATCH (source:Entity) WHERE source.id IN coalesce(accusation.attributedTo, [])
WITH accuser, accusation, accused, source
ORDER BY source.name
WITH accuser, accusation, accused, collect(coalesce(source.name, source.nameAr)) AS attributedTo
RETURN accuser.name AS accuser, accuser.nameAr AS accuserAr, accused.name AS accused, accused.nameAr AS accusedAr,
       accusation.charge AS charge, accusation.date AS date, accusation.status AS status, attributedTo,
       accusation.documents AS documents
ORDER BY date IS NULL, date DESC, accuser, accused
LIMIT $limit;

// name: denials
// question: Who denied whose claims, and in which documents?
MATCH (denier:Entity)-[denial:DENIED]->(claimant:Entity)
RETURN denier.name AS denier, denier.nameAr AS denierAr, claimant.name AS claimant, claimant.nameAr AS claimantAr,
       denial.date AS date, denial.documents AS documents
ORDER BY date IS NULL, date DESC, denier, claimant;

// name: warnings
// question: Who warned whom (or about whom), when, and in which documents?
MATCH (warner:Entity)-[warning:WARNED]->(warned:Entity)
RETURN warner.name AS warner, warner.nameAr AS warnerAr, warned.name AS warned, warned.nameAr AS warnedAr,
       warning.date AS date, warning.status AS status, warning.documents AS documents
ORDER BY date IS NULL, date DESC, warner, warned;

// name: made-and-denied
// question: Which accusations did the accused deny: claims both made and denied, with both sentences?
MATCH (accuser:Entity)-[accusation:ACCUSED]->(accused:Entity)-[denial:DENIED]->(accuser)
MATCH (made:Evidence {relation: accusation.id})
MATCH (denied:Evidence {relation: denial.id})
RETURN accuser.name AS accuser, accuser.nameAr AS accuserAr, accused.name AS accused, accused.nameAr AS accusedAr,
       accusation.charge AS charge, made.document AS accusedIn, made.text AS accusation,
       denied.document AS deniedIn, denied.text AS denial
ORDER BY accuser, accused, accusedIn, deniedIn;

// name: involving
// question: Every accusation, denial and warning a given entity made or received.
// param: entity = "united_states"  the entity's id
MATCH (entity:Entity {id: $entity})-[claim:ACCUSED|DENIED|WARNED]-(other:Entity)
RETURN type(claim) AS type,
       CASE WHEN startNode(claim) = entity THEN 'made' ELSE 'received' END AS direction,
       other.name AS other, other.nameAr AS otherAr, claim.charge AS charge, claim.date AS date,
       claim.status AS status, claim.documents AS documents
ORDER BY date IS NULL, date DESC, type, other;
