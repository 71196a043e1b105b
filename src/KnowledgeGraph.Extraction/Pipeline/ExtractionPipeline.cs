using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Decision;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Relations.Decision;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// The extraction pipeline: normalise, tokenise and split; recognise names (gazetteer, heads,
/// titles and other cues); keep the best mentions; group them into entities; find relations by
/// rule; let the learned decision keep or drop every relation candidate (the rules' and broader
/// ones); and build the article's contribution to the graph. Thread-safe: each call works on its own
/// document; the language resources are shared and read-only.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly LanguageResources _resources;
    private readonly IReadOnlyList<IPipelineComponent> _components;
    private readonly string[] _stepNames;
    private readonly DocumentGraphBuilder _builder;

    /// <summary>The pipeline with the model the language data holds (the trained one that ships), if any.</summary>
    public ExtractionPipeline(LanguageResources resources)
        : this(resources, resources.Model)
    {
    }

    /// <summary>The pipeline with the given learned decisions; null runs the rules alone.</summary>
    /// <param name="recordMentionCandidates">Keep every mention candidate with its features on the document (for training).</param>
    /// <param name="recordEntityCandidates">Keep every entity candidate with its features on the document (for training).</param>
    public ExtractionPipeline(LanguageResources resources, ExtractionModel? model, bool recordMentionCandidates = false, bool recordEntityCandidates = false)
    {
        _resources = resources;
        Model = model;
        var nameWords = new NameWords(resources);
        var components = new List<IPipelineComponent>
        {
            new ArticleDateFinder(resources),
            new GazetteerRecognizer(resources, nameWords),
            new OutletRecognizer(resources),
            new HeadedNameRecognizer(resources, nameWords),
            new DualHeadRecognizer(resources),
            new PlaceAppositionRecognizer(nameWords),
            new PersonRecognizer(resources, nameWords),
            new SharedTitleRecognizer(resources, nameWords),
            new KnowledgeBaseRecognizer(resources, nameWords),
            new CoordinatedListRecognizer(nameWords),
        };
        if (model?[MentionDecision.ClassifierName] is not null || recordMentionCandidates)
        {
            components.Add(new MentionDecision(resources, nameWords, model?[MentionDecision.ClassifierName]) { Record = recordMentionCandidates });
        }
        components.AddRange(
        [
            new MentionResolution(),
            new Coreference(resources, nameWords),
        ]);
        if (model?[EntityDecision.ClassifierName] is not null || recordEntityCandidates)
        {
            components.Add(new EntityDecision(resources, nameWords, model?[EntityDecision.ClassifierName]) { Record = recordEntityCandidates });
        }
        components.Add(new RelationExtractor(resources, nameWords));
        if (model is not null && model.HasRelationClassifiers)
        {
            components.Add(new RelationDecision(resources, nameWords, model));
        }
        if (model?[EntityDecision.ClassifierName] is not null)
        {
            components.Add(new DoubtfulEntityFilter());
        }
        _components = components;
        _stepNames = components.Select(component => component.GetType().Name).ToArray();
        _builder = new DocumentGraphBuilder(new Linking.EntityLinker(resources));
    }

    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>The learned decisions applied after the rules; null when the rules alone decide.</summary>
    public ExtractionModel? Model { get; }

    /// <summary>When set, time spent in each step is added up here (for `bench`).</summary>
    public PipelineTimings? Timings { get; set; }

    /// <summary>Runs every component over an article and returns the annotated document.</summary>
    public Doc Analyze(Article article)
    {
        var timings = Timings;
        var started = timings is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
        var doc = new Doc(article, _resources.Normalizer.Normalize(article.Text));
        timings?.Add("text", started);
        for (var i = 0; i < _components.Count; i++)
        {
            var before = timings is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            _components[i].Process(doc);
            timings?.Add(_stepNames[i], before);
        }
        return doc;
    }

    /// <summary>The article's entities and relations, with their mentions and evidence, ready to merge or store.</summary>
    public DocumentGraph Extract(Article article)
    {
        var doc = Analyze(article);
        var before = Timings is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
        var graph = _builder.Build(doc);
        Timings?.Add(nameof(DocumentGraphBuilder), before);
        return graph;
    }
}
