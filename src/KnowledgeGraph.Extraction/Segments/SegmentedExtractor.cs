using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Segments;

/// <summary>
/// Extracts an article in segments of bounded length and merges their graphs into the article's one graph,
/// so that cost grows linearly with the article's length: several recognition and relation steps compare
/// mentions or relations across the whole document, which is cheap for a news article and quadratic for a
/// book-length one. Articles up to <see cref="DefaultSegmentCharacters"/> (every article of the SaudiNewsNet
/// corpus) are one segment and are extracted exactly as before. Coreference does not cross segments.
/// </summary>
public sealed class SegmentedExtractor
{
    /// <summary>About 80 KB of Arabic text: above the longest real news articles seen.</summary>
    public const int DefaultSegmentCharacters = 40_000;

    private readonly ExtractionPipeline _pipeline;
    private readonly ArticleSegmenter _segmenter;

    public SegmentedExtractor(ExtractionPipeline pipeline, int segmentCharacters = DefaultSegmentCharacters)
    {
        _pipeline = pipeline;
        _segmenter = new ArticleSegmenter(segmentCharacters);
    }

    public ExtractionPipeline Pipeline => _pipeline;

    public DocumentGraph Extract(Article article)
    {
        var segments = _segmenter.Split(article.Text);
        if (segments.Count == 1)
        {
            return _pipeline.Extract(article);
        }
        var merged = new SegmentMerger();
        DocumentInfo? first = null;
        foreach (var segment in segments)
        {
            var (offset, length) = segment.GetOffsetAndLength(article.Text.Length);
            // The header's date (found in the first segment when the input gives none) dates the rest too.
            var part = new Article(article.Name, article.Text.Substring(offset, length), article.Title, first?.Date ?? article.Date, article.Source, article.Url);
            var graph = _pipeline.Extract(part);
            first ??= graph.Document;
            merged.Add(graph, offset);
        }
        var info = first! with { Id = DocumentGraphBuilder.DocumentId(article.Text), Title = article.Title };
        return merged.Build(info);
    }

    /// <summary>Entities joined by id and relations by id, offsets moved to the whole article's.</summary>
    private sealed class SegmentMerger
    {
        private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Relation> _relations = new(StringComparer.Ordinal);

        public void Add(DocumentGraph graph, int offset)
        {
            foreach (var entity in graph.Entities)
            {
                if (!_entities.TryGetValue(entity.Id, out var target))
                {
                    target = new Entity(entity.Id, entity.Type, entity.Name, entity.NameAr);
                    _entities.Add(entity.Id, target);
                }
                foreach (var alias in entity.Aliases)
                {
                    target.AddAlias(alias);
                }
                target.Mentions.AddRange(entity.Mentions.Select(mention => mention with { Start = mention.Start + offset, End = mention.End + offset }));
            }
            foreach (var relation in graph.Relations)
            {
                // As within one segment (DocumentGraphBuilder): one relation per id, the first, or the first that occurred.
                if (_relations.TryGetValue(relation.Id, out var kept) && !(kept.Status == RelationStatus.Planned && relation.Status == RelationStatus.Occurred))
                {
                    continue;
                }
                var moved = new Relation(relation.Type, relation.Source, relation.Target);
                moved.Evidence.AddRange(relation.Evidence.Select(evidence => evidence with { Start = evidence.Start + offset, End = evidence.End + offset }));
                _relations[relation.Id] = moved;
            }
        }

        public DocumentGraph Build(DocumentInfo info) => new(info, _entities.Values.ToList(), _relations.Values.ToList());
    }
}
