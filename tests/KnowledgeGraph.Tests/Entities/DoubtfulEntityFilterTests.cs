using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Decision;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Entities;

/// <summary>
/// The entity decision's doubts are settled after the relation decisions: a doubted entity that a kept relation holds
/// stays, one that no relation holds leaves with its mentions.
/// </summary>
public sealed class DoubtfulEntityFilterTests
{
    private static readonly Lazy<ExtractionPipeline> Rules = new(() => new ExtractionPipeline(LanguageResources.Default, model: null));

    [Fact]
    public void A_doubted_entity_stays_when_a_kept_relation_holds_it_and_leaves_otherwise()
    {
        var doc = Rules.Value.Analyze(Article.FromText("test.txt", "عنوان\n\nالتقى الوزير خالد سالم في الرياض نظيره سامي فهد. وقال ماجد حسن إن الاجتماع مفيد."));
        var inRelation = EntityNamed(doc, "خالد سالم");
        var alone = EntityNamed(doc, "ماجد حسن");
        Assert.Contains(doc.Relations, relation => relation.Source == inRelation || relation.Target == inRelation);
        Assert.DoesNotContain(doc.Relations, relation => relation.Source == alone || relation.Target == alone);
        doc.DoubtfulEntities = [inRelation, alone];

        new DoubtfulEntityFilter().Process(doc);

        Assert.Contains(inRelation, doc.Entities);
        Assert.DoesNotContain(alone, doc.Entities);
        Assert.DoesNotContain(doc.Mentions, mention => mention.Entity == alone);
        Assert.Contains(doc.Mentions, mention => mention.Entity == inRelation);
        Assert.Null(doc.DoubtfulEntities);
    }

    [Fact]
    public void Without_doubts_the_document_is_unchanged()
    {
        var doc = Rules.Value.Analyze(Article.FromText("test.txt", "عنوان\n\nوقال ماجد حسن إن الاجتماع مفيد."));
        var entities = doc.Entities.ToList();
        var mentions = doc.Mentions.ToList();

        new DoubtfulEntityFilter().Process(doc);

        Assert.Equal(entities, doc.Entities);
        Assert.Equal(mentions, doc.Mentions);
    }

    private static DocEntity EntityNamed(Doc doc, string name) =>
        doc.Entities.Single(entity => entity.Type == EntityType.Person
                                      && entity.Mentions.Any(mention => doc.Normalized.Text[mention.NameStart..mention.NameEnd] == name));
}
