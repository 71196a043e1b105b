// Pack: roles
// Who holds which office where. HOLDS_ROLE goes from the person to the country, region or organisation;
// its role is the title as the article writes it.

// name: office-holders
// question: Who holds which office in a given country or organisation?
// param: organization = "russia"  the country's, region's or organisation's entity id
MATCH (person:Entity)-[role:HOLDS_ROLE]->(place:Entity {id: $organization})
RETURN role.role AS role, person.name AS person, person.nameAr AS personAr, role.documents AS documents
ORDER BY role, person;

// name: roles-of
// question: Which offices does a given person hold, and where?
// param: person = "sergei_shoigu"  the person's entity id
MATCH (person:Entity {id: $person})-[role:HOLDS_ROLE]->(organization:Entity)
RETURN role.role AS role, organization.name AS organization, organization.nameAr AS organizationAr,
       organization.type AS type, role.documents AS documents
ORDER BY role, organization;

// name: same-title
// question: Who holds an office of a given title, across countries and organisations (every foreign minister, say)?
// param: title = "وزير الخارجية"  the title, or part of it, in Arabic as articles write it
MATCH (person:Entity)-[role:HOLDS_ROLE]->(organization:Entity)
WHERE role.role CONTAINS $title
RETURN organization.name AS organization, organization.nameAr AS organizationAr, role.role AS role,
       person.name AS person, person.nameAr AS personAr, size(role.documents) AS documents
ORDER BY organization, person;

// name: all
// question: Every office holder in the graph, by country or organisation.
// param: limit = 200  rows at most
MATCH (person:Entity)-[role:HOLDS_ROLE]->(organization:Entity)
RETURN organization.name AS organization, organization.nameAr AS organizationAr, role.role AS role,
       person.name AS person, person.nameAr AS personAr, size(role.documents) AS documents
ORDER BY organization, role, person
LIMIT $limit;
