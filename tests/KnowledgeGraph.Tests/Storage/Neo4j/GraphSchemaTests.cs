using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

public sealed class GraphSchemaTests
{
    [Fact]
    public void Every_entity_type_has_its_label_and_every_relation_type_its_relationship_type()
    {
        Assert.Equal(["Person", "Country", "Location", "Organization", "Event"], EntityTypes.All.Select(GraphSchema.Label));
        Assert.Equal(["VISITED", "MET", "ACCOMPANIED", "ACCUSED", "DENIED", "WARNED", "HOLDS_ROLE"], RelationTypes.All.Select(GraphSchema.RelationshipType));
        Assert.True(GraphSchema.NodeLabels.SetEquals(["Document", "Entity", "Evidence", "Person", "Country", "Location", "Organization", "Event"]));
        Assert.True(GraphSchema.AllRelationshipTypes.SetEquals(
            ["MENTIONS", "SUPPORTS", "VISITED", "MET", "ACCOMPANIED", "ACCUSED", "DENIED", "WARNED", "HOLDS_ROLE"]));
    }

    [Fact]
    public void Values_outside_the_closed_sets_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphSchema.Label((EntityType)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphSchema.RelationshipType((RelationType)42));
        Assert.Throws<ArgumentException>(() => GraphSchema.Label("Person) DETACH DELETE (n"));
        Assert.Throws<ArgumentException>(() => GraphSchema.Label("person"));
        Assert.Throws<ArgumentException>(() => GraphSchema.Label("Person`"));
        Assert.Throws<ArgumentException>(() => GraphSchema.RelationshipType("KNOWS"));
        Assert.Throws<ArgumentException>(() => GraphSchema.RelationshipType("VISITED]->() DELETE x //"));
        Assert.Throws<ArgumentException>(() => GraphSchema.Property("password"));
    }

    [Fact]
    public void A_label_is_rendered_from_the_set_not_from_the_input()
    {
        var input = new string("Person".ToCharArray());
        var rendered = GraphSchema.Label(input);

        Assert.Equal("Person", rendered);
        Assert.False(ReferenceEquals(input, rendered));
        Assert.Same(GraphSchema.Label(EntityType.Person), rendered);
        Assert.Same(GraphSchema.RelationshipType(RelationType.HoldsRole), GraphSchema.RelationshipType(new string("HOLDS_ROLE".ToCharArray())));
    }

    [Fact]
    public void The_property_keys_are_those_of_cypher_README()
    {
        Assert.Equal(["name", "id", "title", "language", "date", "source", "url"], GraphSchema.Keys.Document);
        Assert.Equal(["id", "type", "name", "nameAr", "aliases", "nameSource", "wikidata", "geonames", "country", "location"], GraphSchema.Keys.Entity);
        Assert.Equal(["key", "relation", "type", "document", "start", "end", "text", "status", "date", "attributedTo", "role", "charge"], GraphSchema.Keys.Evidence);
        Assert.Equal(["id", "status", "documents", "role", "charge", "date", "attributedTo", "evidenceCount"], GraphSchema.Keys.Relation);
        Assert.Equal(["count", "starts", "ends", "texts", "kinds", "aliases", "name", "nameAr", "type", "nameSource", "wikidata", "geonames", "latitude", "longitude", "country"],
            GraphSchema.Keys.Mentions);
        Assert.Equal("nameAr", GraphSchema.Property("nameAr"));
    }
}
