using KnowledgeGraph.Extraction.Entities.Candidates;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Entities.Decision;

/// <summary>
/// The learned entity decision, after mentions are grouped into entities: an entity the article
/// names is kept when the classifier believes the article names such an entity (a name mentioned
/// once by a weak cue, or only inside longer names, often is not). The others are marked doubtful
/// (<see cref="Doc.DoubtfulEntities"/>): relations are still read from them, and they leave after
/// the relation decisions unless one of their relations was kept (<see cref="DoubtfulEntityFilter"/>);
/// a relation the decisions keep is evidence that its entities are real. Entities only described
/// (by a title) or only qualified (by an adjective) are the rules' business and pass. Without a
/// classifier it only records the candidates (for training).
/// </summary>
public sealed class EntityDecision : IPipelineComponent
{
    public const string ClassifierName = "entity";

    private readonly LanguageResources _resources;
    private readonly NameWords _nameWords;
    private readonly Classifier? _classifier;

    public EntityDecision(LanguageResources resources, NameWords nameWords, Classifier? classifier)
    {
        _resources = resources;
        _nameWords = nameWords;
        _classifier = classifier;
    }

    public bool Record { get; init; }

    public void Process(Doc doc)
    {
        var features = new EntityFeatures(doc, _resources, _nameWords.For(doc));
        var named = doc.Entities.Where(entity => entity.IsNamed).ToList();
        if (Record)
        {
            doc.EntityCandidates = named.Select(entity =>
            {
                var bag = new FeatureBag();
                features.Describe(entity, bag);
                return new EntityCandidate(entity, bag);
            }).ToList();
        }
        if (_classifier is null)
        {
            return;
        }
        var dropped = new HashSet<DocEntity>();
        var row = _classifier.NewRow();
        foreach (var entity in named)
        {
            row.Clear();
            features.Describe(entity, row);
            if (!_classifier.Accepts(_classifier.Score(row)))
            {
                dropped.Add(entity);
            }
        }
        doc.DoubtfulEntities = dropped.Count > 0 ? dropped : null;
    }
}
